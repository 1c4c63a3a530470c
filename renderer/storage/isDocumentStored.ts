import type { ObeyaDatabase } from './ObeyaDatabase';

/** Whether this device's storage holds any chunk of the document (keys start with its id). */
export async function isDocumentStored(db: ObeyaDatabase, documentId: string): Promise<boolean> {
  const count = await db.chunks.where('key').between([documentId], [documentId, []]).count();
  return count > 0;
}
