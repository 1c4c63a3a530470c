import type { ArtefactKind, WorkshopDetails, WorkshopDoc } from './WorkshopDoc';
import { WORKSHOP_SCHEMA_VERSION } from './WorkshopDoc';
import { MAX_LINE_LENGTH } from './workshopSchema';

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

export function addArtefact(
  doc: WorkshopDoc,
  url: string,
  kind: ArtefactKind,
  now: number,
  title?: string,
): void {
  if (doc.artefacts.some((ref) => ref.url === url)) return;
  doc.artefacts.push({
    url,
    kind,
    addedAt: now,
    ...(title === undefined ? {} : { title: artefactTitleToRecord(title) }),
  });
  doc.updatedAt = now;
}

/**
 * Keeps the title the workshop lists for one of its artefacts in step with the artefact.
 * A cache, not an edit: it leaves `updatedAt` alone. Returns whether anything changed.
 */
export function recordArtefactTitle(doc: WorkshopDoc, url: string, title: string): boolean {
  const ref = doc.artefacts.find((candidate) => candidate.url === url);
  const recorded = artefactTitleToRecord(title);
  if (!ref || ref.title === recorded) return false;
  ref.title = recorded;
  return true;
}

function artefactTitleToRecord(title: string): string {
  return title.slice(0, MAX_LINE_LENGTH);
}

export function removeArtefact(doc: WorkshopDoc, url: string, now: number): void {
  const index = doc.artefacts.findIndex((ref) => ref.url === url);
  if (index === -1) return;
  doc.artefacts.splice(index, 1);
  doc.updatedAt = now;
}
