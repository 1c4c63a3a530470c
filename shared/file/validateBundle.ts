import { load } from '@automerge/automerge/slim';
import { artefactDocSchemas } from '../workshop/artefactDocSchemas';
import { workshopDocSchema } from '../workshop/workshopSchema';
import type { WorkshopDoc } from '../workshop/WorkshopDoc';
import type { ObeyaBundle } from './obeyaFile';
import { ObeyaFileError } from './ObeyaFileError';

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
        `A ${describe(kind)} in the file is damaged and cannot be read.`,
      );
    }
    const schema = kind === 'workshop' ? workshopDocSchema : artefactDocSchemas[kind];
    const result = schema.safeParse(doc);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ObeyaFileError(
        'bad-document',
        `A ${describe(kind)} in the file has invalid content (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'unknown'}).`,
      );
    }
    if (documentId === bundle.workshopId) workshop = doc as WorkshopDoc;
  }
  if (!workshop)
    throw new ObeyaFileError('bad-header', 'The file does not contain its workshop document.');
  const bundled = new Set(bundle.documents.map((doc) => `automerge:${doc.documentId}`));
  const missing = workshop.artefacts.filter((ref) => !bundled.has(ref.url));
  if (missing.length > 0) {
    throw new ObeyaFileError(
      'bad-document',
      `The workshop lists ${missing.length} document(s) that the file does not contain.`,
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
