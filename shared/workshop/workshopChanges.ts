import type { ArtefactKind, WorkshopDetails, WorkshopDoc } from './WorkshopDoc';
import { WORKSHOP_SCHEMA_VERSION } from './WorkshopDoc';

/**
 * The only ways a workshop document changes. Each mutates the draft it is given (an Automerge
 * change proxy in the app, a plain object in tests) and keeps `updatedAt` current.
 */
export function newWorkshop(details: WorkshopDetails, now: number): WorkshopDoc {
  return {
    schemaVersion: WORKSHOP_SCHEMA_VERSION,
    kind: 'workshop',
    ...details,
    artefacts: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function updateWorkshopDetails(
  doc: WorkshopDoc,
  details: Partial<WorkshopDetails>,
  now: number,
): void {
  let changed = false;
  for (const key of ['title', 'client', 'date', 'facilitator'] as const) {
    const value = details[key];
    if (value !== undefined && doc[key] !== value) {
      doc[key] = value;
      changed = true;
    }
  }
  if (changed) doc.updatedAt = now;
}

export function addArtefact(doc: WorkshopDoc, url: string, kind: ArtefactKind, now: number): void {
  if (doc.artefacts.some((ref) => ref.url === url)) return;
  doc.artefacts.push({ url, kind, addedAt: now });
  doc.updatedAt = now;
}

export function removeArtefact(doc: WorkshopDoc, url: string, now: number): void {
  const index = doc.artefacts.findIndex((ref) => ref.url === url);
  if (index === -1) return;
  doc.artefacts.splice(index, 1);
  doc.updatedAt = now;
}
