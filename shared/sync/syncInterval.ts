import type {
  DocHandle,
  DocHandleChangePayload,
  DocumentId,
  Repo,
} from '@automerge/automerge-repo/slim';
import { asyncThrottle } from '@automerge/automerge-repo/helpers/throttle.js';
import { carriedByRelay } from './changeRelay';

/**
 * How often the sync protocol pushes a changed document once the change relay carries the edits
 * (changeRelay.ts), for a change the relay did not bring: a local edit (which a standard sync
 * server stores only through sync), or one that came by sync. At automerge-repo's 100 ms sync
 * cost the hub most of its CPU: every peer, whose document changes with every relayed edit, sent
 * it a sync message ten times a second, and each one is a round of sync-state conversions and
 * replies (docs/sync.md, "Latency").
 */
export const RELAYED_SYNC_INTERVAL_MS = 1000;

/**
 * How often sync pushes a document whose latest change the relay brought (`carriedByRelay`).
 * Every peer running the relay has that change already, so the push only confirms it, or brings
 * it to a peer the relay missed — one without the relay, or whose message was lost in a
 * reconnect. At the hub such a push goes to every peer at once, each message repeating changes
 * they all have; every second, under load, that was a burst of work on every laptop at the same
 * moment. (The hub still hears peers that are in step every second, so it knows what they have
 * and its pushes repeat little.)
 */
export const RELAYED_CHANGES_SYNC_INTERVAL_MS = 3000;

/**
 * automerge-repo 2.5's interval: `DocSynchronizer.syncDebounceRate`, a class field read once, in
 * the constructor, to throttle the handle's 'change' event. Finding it still there is how the hook
 * below knows the synchronizer is built the way it expects.
 */
const AUTOMERGE_REPO_SYNC_INTERVAL_MS = 100;

type DocSynchronizers = Repo['synchronizer']['docSynchronizers'];
type DocSynchronizer = DocSynchronizers[DocumentId];

/**
 * Makes every document `repo` opens from now on push its changes to peers at most every
 * `intervalMs` instead of automerge-repo's 100 ms, and changes the relay brought at most every
 * `relayedIntervalMs` (`carriedByRelay`). Call it right after constructing the Repo.
 *
 * automerge-repo 2.5 has no option for this. Its CollectionSynchronizer stores each
 * DocSynchronizer in `docSynchronizers` right after constructing it, and the constructor's last
 * act on the handle was to add its throttled sync as a 'change' listener; so watching that
 * record is the one moment to swap the listener for the same throttle at our interval. Only the
 * pushing after a change slows down: replies to peers' messages, the first sync with a peer and
 * the messages themselves stay automerge-repo's, so standard peers sync as ever.
 *
 * When automerge-repo is no longer built that way, the document keeps the 100 ms — slower, never
 * wrong — and `onUnsupported` says so; `syncInterval.test.ts` fails on such an upgrade.
 */
export function setSyncInterval(
  repo: Repo,
  intervalMs: number,
  onUnsupported: (reason: string) => void,
  relayedIntervalMs = intervalMs,
): void {
  const synchronizer = repo.synchronizer as Partial<Repo['synchronizer']> | undefined;
  const record = synchronizer?.docSynchronizers;
  if (!synchronizer || !isPlainRecord(record)) {
    onUnsupported('automerge-repo has no synchronizer record to watch');
    return;
  }
  if (Object.keys(record).length > 0) {
    throw new Error('setSyncInterval: call it before the Repo opens any document');
  }
  synchronizer.docSynchronizers = new Proxy(record, {
    set(target, key, docSynchronizer: DocSynchronizer) {
      const handle = typeof key === 'string' ? repo.handles[key as DocumentId] : undefined;
      const unsupported = handle && retune(handle, docSynchronizer, intervalMs, relayedIntervalMs);
      if (unsupported !== null) onUnsupported(unsupported ?? 'no handle for a synchronizer');
      return Reflect.set(target, key, docSynchronizer);
    },
  });
}

/** Swaps the synchronizer's 'change' listener for slower ones; null, or why it could not. */
function retune(
  handle: DocHandle<unknown>,
  docSynchronizer: DocSynchronizer,
  intervalMs: number,
  relayedIntervalMs: number,
): string | null {
  if (docSynchronizer.syncDebounceRate !== AUTOMERGE_REPO_SYNC_INTERVAL_MS) {
    return `DocSynchronizer.syncDebounceRate is ${String(docSynchronizer.syncDebounceRate)}`;
  }
  const syncOnChange = handle.listeners('change').at(-1);
  if (!syncOnChange) return 'the DocSynchronizer listens to no change event';
  handle.off('change', syncOnChange);
  // automerge-repo's own throttle around its sync: called at most every intervalMs, it runs at
  // once, its 100 ms long past. Not awaited: it waits for a document that is not ready yet, and
  // that wait must not hold up our throttle. Either throttle syncs the whole document, so a
  // relayed change pushed early along with another one costs nothing.
  const throttledSync = (ms: number) =>
    asyncThrottle(async (payload: DocHandleChangePayload<unknown>) => {
      void syncOnChange(payload);
    }, ms);
  const syncSoon = throttledSync(intervalMs);
  const syncLater = throttledSync(relayedIntervalMs);
  handle.on('change', (payload: DocHandleChangePayload<unknown>) => {
    void (carriedByRelay(payload.doc) ? syncLater : syncSoon)(payload);
  });
  return null;
}

function isPlainRecord(value: unknown): value is DocSynchronizers {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
