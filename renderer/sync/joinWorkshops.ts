import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo/slim';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { indexWorkshop } from '../library/workshopLibrary';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';

/** How long to wait for a hosted workshop to arrive before telling the person. */
const ARRIVAL_TIMEOUT_MS = 15_000;

/**
 * Waits for a document the hub shares to arrive; automerge-repo may first report it
 * "unavailable" while the hub is still fetching it, and it then becomes ready.
 */
export async function receiveDocument<T>(repo: Repo, url: string): Promise<DocHandle<T>> {
  const handle = await repo.find<T>(url as AutomergeUrl, {
    allowableStates: ['ready', 'unavailable'],
  });
  if (handle.isReady()) return handle;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      handle.whenReady(['ready']),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The hub did not send this document in time.')),
          ARRIVAL_TIMEOUT_MS,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
  return handle;
}

/** Brings the hub's workshops into this laptop's library, with their documents. */
export async function receiveHostedWorkshops(
  services: { readyRepo: () => Promise<Repo>; db: ObeyaDatabase },
  workshopUrls: string[],
): Promise<string[]> {
  const repo = await services.readyRepo();
  const received: string[] = [];
  for (const url of workshopUrls) {
    const handle = await receiveDocument<WorkshopDoc>(repo, url);
    await indexWorkshop(services.db, url, handle.doc(), Date.now());
    for (const ref of handle.doc().artefacts)
      void receiveDocument(repo, ref.url).catch(() => undefined);
    received.push(url);
  }
  return received;
}
