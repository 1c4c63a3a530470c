import { load } from '@automerge/automerge/slim';
import { artefactDocSchemas } from '../workshop/artefactDocSchemas';
import { workshopDocSchema } from '../workshop/workshopSchema';
import type { WorkshopDoc } from '../workshop/WorkshopDoc';
import type { ObeyaBundle } from './obeyaFile';
import { ObeyaFileError } from './ObeyaFileError';
import { schemaIssues } from './schemaIssues';

/**
 * Loads every document of a bundle with Automerge and checks it against its schema, so an
 * import touches storage only when the whole file is sound. Returns the workshop document.
 */
export function validateBundle(bundle: ObeyaBundle): WorkshopDoc {
  let workshop: WorkshopDoc | undefined;
  for (const { documentId, kind, bytes } of bundle.documents) {
    let doc: unknown;
    try {
      doc = load(bytes);
    } catch {
      throw new ObeyaFileError(
        'bad-document',
        `${describe(kind)} ${documentId} is not a readable Automerge document`,
      );
    }
    const schema = kind === 'workshop' ? workshopDocSchema : artefactDocSchemas[kind];
    const result = schema.safeParse(doc);
    if (!result.success) {
      throw new ObeyaFileError(
        'bad-document',
        `${describe(kind)} ${documentId}: ${schemaIssues(result.error.issues)}`,
      );
    }
    if (documentId === bundle.workshopId) workshop = doc as WorkshopDoc;
  }
  if (!workshop) {
    throw new ObeyaFileError(
      'bad-header',
      `the header lists no workshop document ${bundle.workshopId}`,
    );
  }
  const bundled = new Set(bundle.documents.map((doc) => `automerge:${doc.documentId}`));
  const missing = workshop.artefacts.filter((ref) => !bundled.has(ref.url));
  if (missing.length > 0) {
    const count = missing.length === 1 ? '1 document' : `${missing.length} documents`;
    throw new ObeyaFileError(
      'bad-document',
      `the workshop lists ${count} the file does not hold: ${missing.map((ref) => ref.url).join(', ')}`,
    );
  }
  return workshop;
}

function describe(kind: string): string {
  switch (kind) {
    case 'workshop':
      return 'workshop document';
    case 'valueStreamMap':
      return 'value stream map';
    case 'orgDesign':
      return 'organisation design';
    case 'assessment':
      return 'assessment';
    default:
      return 'document';
  }
}
