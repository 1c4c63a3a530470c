import type { ArtefactRef, WorkshopDoc } from './WorkshopDoc';

/** The artefacts a workshop shows: every one but those whose deletion can still be undone. */
export function listedArtefacts(doc: Pick<WorkshopDoc, 'artefacts'>): ArtefactRef[] {
  return doc.artefacts.filter((ref) => ref.deletedAt === undefined);
}

/** How many of its artefacts a workshop hides until their deletion is made final. */
export function pendingDeletions(doc: Pick<WorkshopDoc, 'artefacts'>): number {
  return doc.artefacts.length - listedArtefacts(doc).length;
}
