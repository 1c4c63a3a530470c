import type { ArtefactKind, ArtefactRef, WorkshopDetails, WorkshopDoc } from './WorkshopDoc';
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

/**
 * Lists a new artefact at the end, or right after the artefact `afterUrl` when it is listed (a
 * copy goes next to its original).
 */
export function addArtefact(
  doc: WorkshopDoc,
  url: string,
  kind: ArtefactKind,
  now: number,
  title?: string,
  afterUrl?: string,
): void {
  if (doc.artefacts.some((ref) => ref.url === url)) return;
  const ref: ArtefactRef = {
    url,
    kind,
    addedAt: now,
    ...(title === undefined ? {} : { title: artefactTitleToRecord(title) }),
  };
  const after = doc.artefacts.findIndex((candidate) => candidate.url === afterUrl);
  if (after === -1) doc.artefacts.push(ref);
  else doc.artefacts.splice(after + 1, 0, ref);
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

/**
 * Hides an artefact from the workshop on every laptop at once; `restoreArtefact` brings it back
 * until `forgetDeletedArtefacts` makes the deletion final. Returns whether anything changed.
 */
export function deleteArtefact(doc: WorkshopDoc, url: string, now: number): boolean {
  const ref = doc.artefacts.find((candidate) => candidate.url === url);
  if (!ref || ref.deletedAt !== undefined) return false;
  ref.deletedAt = now;
  doc.updatedAt = now;
  return true;
}

/**
 * Undoes `deleteArtefact`. Should another laptop have made the deletion final meanwhile, the
 * artefact is listed again where it was, before the first of `followingUrls` (the artefacts
 * listed after it when it was deleted) still listed: this laptop still has the document.
 */
export function restoreArtefact(
  doc: WorkshopDoc,
  ref: ArtefactRef,
  followingUrls: readonly string[],
  now: number,
): void {
  const listed = doc.artefacts.find((candidate) => candidate.url === ref.url);
  if (listed?.deletedAt !== undefined) delete listed.deletedAt;
  else if (!listed) {
    const restored: ArtefactRef = { url: ref.url, kind: ref.kind, addedAt: ref.addedAt };
    if (ref.title !== undefined) restored.title = ref.title;
    const following = new Set(followingUrls);
    const before = doc.artefacts.findIndex((candidate) => following.has(candidate.url));
    doc.artefacts.splice(before === -1 ? doc.artefacts.length : before, 0, restored);
  } else return;
  doc.updatedAt = now;
}

/**
 * Makes final the deletions made at or before `deletedBefore`: their references leave the list.
 * Returns them (plain copies), so the caller can remove their documents and the links to them.
 * Bookkeeping, not an edit: `updatedAt` keeps the time of the deletion itself.
 */
export function forgetDeletedArtefacts(doc: WorkshopDoc, deletedBefore: number): ArtefactRef[] {
  const forgotten: ArtefactRef[] = [];
  for (let index = doc.artefacts.length - 1; index >= 0; index--) {
    const ref = doc.artefacts[index]!;
    if (ref.deletedAt === undefined || ref.deletedAt > deletedBefore) continue;
    forgotten.unshift(JSON.parse(JSON.stringify(ref)) as ArtefactRef);
    doc.artefacts.splice(index, 1);
  }
  return forgotten;
}
