import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { forgetDeletedArtefacts } from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import type { AppServices } from '../app/AppServices';
import { indexWorkshop } from '../library/workshopLibrary';
import { viewForKind } from './artefactKinds';

type DeletionServices = Pick<AppServices, 'repo' | 'db' | 'sync'>;

/**
 * Makes final the deletions of documents in one workshop made at or before `deletedBefore`: their
 * references leave the workshop (on every laptop, through sync), the documents they linked to
 * forget the link (a future state whose current state is gone offers "Derive" again rather than a
 * dead link), and the documents leave this laptop's storage.
 */
export async function finalizeDocumentDeletions(
  services: DeletionServices,
  workshop: DocHandle<WorkshopDoc>,
  deletedBefore: number,
): Promise<void> {
  const { repo } = services;
  let forgotten: ArtefactRef[] = [];
  // Outside the undo history: the coach's Undo was the message, and it has expired.
  workshop.change((doc) => void (forgotten = forgetDeletedArtefacts(doc, deletedBefore)));
  for (const ref of forgotten) {
    await unlinkPartners(repo, services.sync, ref);
    repo.delete(ref.url as AutomergeUrl);
  }
  // The library's index counts the deletions still to make final; start-up looks at it.
  if (await services.db.workshops.get(workshop.url)) {
    await indexWorkshop(services.db, workshop.url, workshop.doc());
  }
}

/**
 * At start: makes final the deletions a closed window left pending (the library's index says
 * which workshops have some), as the library does for deleted workshops.
 */
export async function purgeDeletedDocuments(
  services: DeletionServices & Pick<AppServices, 'readyRepo'>,
  deletedBefore: number,
): Promise<void> {
  const workshops = await services.db.workshops
    .filter((entry) => (entry.pendingDeletions ?? 0) > 0 && entry.deletedAt === undefined)
    .toArray();
  if (workshops.length === 0) return;
  const repo = await services.readyRepo();
  for (const entry of workshops) {
    const workshop = await findQuietly<WorkshopDoc>(repo, entry.url);
    if (!workshop) continue;
    services.sync.relay(workshop as DocHandle<unknown>);
    await finalizeDocumentDeletions(services, workshop, deletedBefore);
  }
}

async function unlinkPartners(repo: Repo, sync: AppServices['sync'], ref: ArtefactRef) {
  const deleted = await findQuietly<unknown>(repo, ref.url);
  const rules = viewForKind(ref.kind);
  if (!deleted || !rules) return;
  for (const url of rules.linkedUrls(deleted.doc())) {
    const partner = await findQuietly<{ kind?: string }>(repo, url);
    const partnerRules = viewForKind(partner?.doc().kind ?? '');
    if (!partner || !partnerRules?.linkedUrls(partner.doc()).includes(ref.url)) continue;
    sync.relay(partner as DocHandle<unknown>);
    try {
      partner.change((draft) => partnerRules.unlink(draft, ref.url));
    } catch (error) {
      // Its kind refused the change: the partner keeps a link to nothing, which its views
      // already tell the coach about ("The linked map is not on this device").
      console.warn(`Could not unlink ${url} from the deleted ${ref.url}`, error);
    }
  }
}

async function findQuietly<T>(repo: Repo, url: string): Promise<DocHandle<T> | undefined> {
  return repo.find<T>(url as AutomergeUrl).catch(() => undefined);
}
