import type { AutomergeUrl, DocumentId, Repo } from '@automerge/automerge-repo/slim';
import { save } from '@automerge/automerge/slim';
import { readObeyaFile, writeObeyaFile, type BundledDocument } from '../../shared/file/obeyaFile';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';
import { isDocumentStored } from '../storage/isDocumentStored';
import { findWorkshop, indexWorkshop } from './workshopLibrary';

interface TransferServices {
  readyRepo: () => Promise<Repo>;
  db: ObeyaDatabase;
}

/** Bundles a workshop and all its documents into the bytes of a `.obeya` file. */
export async function exportWorkshop(
  { readyRepo }: TransferServices,
  url: string,
  now: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const repo = await readyRepo();
  const workshop = await findWorkshop(repo, url);
  const documents: BundledDocument[] = [
    { documentId: workshop.documentId, kind: 'workshop', bytes: save(workshop.doc()) },
  ];
  for (const ref of workshop.doc().artefacts) {
    const handle = await repo.find(ref.url as AutomergeUrl);
    documents.push({ documentId: handle.documentId, kind: ref.kind, bytes: save(handle.doc()) });
  }
  const bytes = writeObeyaFile({
    workshopId: workshop.documentId,
    title: workshop.doc().title,
    exportedAt: new Date(now).toISOString(),
    documents,
  });
  return { fileName: `${fileNameFor(workshop.doc().title)}.obeya`, bytes };
}

export interface ImportResult {
  url: AutomergeUrl;
  title: string;
  /** True when the workshop was already on this device and the file was merged into it. */
  merged: boolean;
}

/**
 * Imports a `.obeya` file. The whole file is read and validated first; only then is anything
 * stored. A workshop already on this device is merged (CRDT merge), never duplicated.
 */
export async function importWorkshop(
  { readyRepo, db }: TransferServices,
  file: Uint8Array,
  now: number,
): Promise<ImportResult> {
  // Validating the file loads its documents.
  const repo = await readyRepo();
  const bundle = readObeyaFile(file);
  // Every kind's document schema (the assessment's with its questionnaires) loads only when a
  // file is imported, not with the library's first screen.
  const { validateBundle } = await import('../../shared/file/validateBundle');
  validateBundle(bundle);
  const workshopUrl = `automerge:${bundle.workshopId}` as AutomergeUrl;
  const listed = await db.workshops.get(workshopUrl);
  const merged = listed !== undefined && listed.deletedAt === undefined;
  for (const { documentId, bytes } of bundle.documents) {
    const docId = documentId as DocumentId;
    // Load what is stored first, so the import merges into it rather than beside it.
    if (await isDocumentStored(db, documentId))
      await repo.find(`automerge:${docId}` as AutomergeUrl);
    repo.import(bytes, { docId });
  }
  await repo.flush(bundle.documents.map((doc) => doc.documentId as DocumentId));
  const workshop = await repo.find<WorkshopDoc>(workshopUrl);
  await indexWorkshop(db, workshopUrl, workshop.doc(), now);
  return { url: workshopUrl, title: workshop.doc().title, merged };
}

function fileNameFor(title: string): string {
  const cleaned = title
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'workshop' : cleaned;
}
