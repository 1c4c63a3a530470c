import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo/slim';
import {
  newWorkshop,
  updateWorkshopDetails,
  addArtefact,
} from '../../shared/workshop/workshopChanges';
import { listedArtefacts, pendingDeletions } from '../../shared/workshop/listedArtefacts';
import { MAX_LINE_LENGTH } from '../../shared/workshop/workshopSchema';
import type { WorkshopDetails, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import type { ObeyaDatabase, WorkshopIndexEntry } from '../storage/ObeyaDatabase';

/** The library shows before Automerge's wasm is compiled: its actions wait for the repo. */
interface LibraryServices {
  readyRepo: () => Promise<Repo>;
  db: ObeyaDatabase;
}

/** Creates a workshop document and lists it in this device's library. */
export async function createWorkshop(
  { readyRepo, db }: LibraryServices,
  details: WorkshopDetails,
  now: number,
): Promise<AutomergeUrl> {
  const repo = await readyRepo();
  const handle = repo.create<WorkshopDoc>(newWorkshop(details, now));
  await indexWorkshop(db, handle.url, handle.doc(), now);
  return handle.url;
}

/** Copies the details of a workshop document into the library index (the list's cache). */
export async function indexWorkshop(
  db: ObeyaDatabase,
  url: string,
  doc: WorkshopDoc,
  openedAt?: number,
): Promise<void> {
  await db.transaction('rw', db.workshops, async () => {
    const existing = await db.workshops.get(url);
    const entry: WorkshopIndexEntry = {
      url,
      title: doc.title,
      client: doc.client,
      date: doc.date,
      facilitator: doc.facilitator,
      artefactCount: listedArtefacts(doc).length,
      ...(pendingDeletions(doc) > 0 ? { pendingDeletions: pendingDeletions(doc) } : {}),
      updatedAt: doc.updatedAt,
      openedAt: openedAt ?? existing?.openedAt ?? doc.createdAt,
      ...(existing?.deletedAt !== undefined && openedAt === undefined
        ? { deletedAt: existing.deletedAt }
        : {}),
    };
    // Most workshop changes (a peer's edit arriving, a field committed twice) leave the index
    // as it was; skipping those writes keeps IndexedDB free for the document saves.
    if (existing && sameIndexEntry(existing, entry)) return;
    await db.workshops.put(entry);
  });
}

function sameIndexEntry(a: WorkshopIndexEntry, b: WorkshopIndexEntry): boolean {
  return (
    a.title === b.title &&
    a.client === b.client &&
    a.date === b.date &&
    a.facilitator === b.facilitator &&
    a.artefactCount === b.artefactCount &&
    a.pendingDeletions === b.pendingDeletions &&
    a.updatedAt === b.updatedAt &&
    a.openedAt === b.openedAt &&
    a.deletedAt === b.deletedAt
  );
}

export async function findWorkshop(repo: Repo, url: string): Promise<DocHandle<WorkshopDoc>> {
  return repo.find<WorkshopDoc>(url as AutomergeUrl);
}

export async function renameWorkshop(
  services: LibraryServices,
  url: string,
  title: string,
  now: number,
) {
  const handle = await findWorkshop(await services.readyRepo(), url);
  handle.change((doc) => updateWorkshopDetails(doc, { title }, now));
  await indexWorkshop(services.db, url, handle.doc());
}

/**
 * Copies a workshop and every document in it as new documents with fresh histories, so the
 * copy evolves on its own and never merges back into the original.
 */
export async function duplicateWorkshop(
  services: LibraryServices,
  url: string,
  now: number,
): Promise<AutomergeUrl> {
  const repo = await services.readyRepo();
  const original = (await findWorkshop(repo, url)).doc();
  const copy = newWorkshop(
    {
      title: `Copy of ${original.title}`.slice(0, MAX_LINE_LENGTH),
      client: original.client,
      date: original.date,
      facilitator: original.facilitator,
    },
    now,
  );
  // Documents being deleted (hidden, their Undo still offered) stay out of the copy.
  for (const ref of listedArtefacts(original)) {
    const artefact = await repo.find(ref.url as AutomergeUrl);
    const artefactCopy = repo.create(plainCopy(artefact.doc()));
    addArtefact(copy, artefactCopy.url, ref.kind, now, ref.title);
  }
  const handle = repo.create<WorkshopDoc>(copy);
  await indexWorkshop(services.db, handle.url, handle.doc(), now);
  return handle.url;
}

/** Hides a workshop from the library; `restoreWorkshop` brings it back until it is purged. */
export async function deleteWorkshop({ db }: LibraryServices, url: string, now: number) {
  await db.workshops.update(url, { deletedAt: now });
}

export async function restoreWorkshop({ db }: LibraryServices, url: string) {
  await db.workshops
    .where('url')
    .equals(url)
    .modify((entry) => {
      delete entry.deletedAt;
    });
}

/** Removes deleted workshops and their documents for good. */
export async function purgeDeletedWorkshops(services: LibraryServices, deletedBefore: number) {
  const doomed = await services.db.workshops
    .filter((entry) => entry.deletedAt !== undefined && entry.deletedAt <= deletedBefore)
    .toArray();
  if (doomed.length === 0) return;
  const repo = await services.readyRepo();
  for (const entry of doomed) {
    const handle = await findWorkshop(repo, entry.url).catch(() => undefined);
    for (const ref of handle?.doc().artefacts ?? []) repo.delete(ref.url as AutomergeUrl);
    repo.delete(entry.url as AutomergeUrl);
    await services.db.workshops.delete(entry.url);
  }
}

function plainCopy<T>(doc: T): T {
  return JSON.parse(JSON.stringify(doc)) as T;
}
