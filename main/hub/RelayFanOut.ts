import type { DocHandle, DocumentId } from '@automerge/automerge-repo';
import {
  applyRelayedChanges,
  MAX_RELAYED_CHANGES,
  relayedChangesMessage,
} from '../../shared/sync/changeRelay';

/**
 * How long the hub gathers relayed edits before sending them on, counted from its last send: 20 ms
 * per edit that send carried, up to `MAX_RELAY_BATCH_MS`. An edit after a quiet moment goes out at
 * once. Every message costs every laptop one document update — about half a millisecond of heads
 * hashing, patches and listeners, besides 0.15–0.25 ms per change in it — so under load batches
 * pay. At 1 edit/s the messages stay single and the wait short. A longer wait (100 ms) saved the
 * laptops 8 % of their CPU at 30 peers × 4 edits/s but cost 35 ms of median latency.
 */
export const RELAY_BATCH_MS = 20;
export const MAX_RELAY_BATCH_MS = 60;

/**
 * Where peers' relayed edits go instead of automerge-repo's ephemeral forwarding. The hub applies
 * each at once, so it is never behind the peers that apply it: a peer's next sync message then
 * shows heads the hub has, which the hub need not answer at once (SyncPacer), and the hub never
 * asks peers for a change they all have. It sends the changes on in its own name, in batches
 * (`RELAY_BATCH_MS`).
 *
 * In its own name, because automerge-repo peers pass every ephemeral message on to all their
 * other peers: forwarded in the author's name, each edit came straight back to the hub from every
 * receiver; from the hub, their only peer, it goes no further. The author gets its own change
 * back, which Automerge ignores.
 */
export class RelayFanOut {
  #pending = new Map<DocumentId, Uint8Array[]>();
  #timer: NodeJS.Timeout | undefined;
  #lastSent = -Infinity;
  #batchMs = RELAY_BATCH_MS;
  changesApplied = 0;

  constructor(
    private readonly handleOf: (documentId: DocumentId) => DocHandle<unknown> | undefined,
  ) {}

  receive(documentId: DocumentId, changes: Uint8Array[]): void {
    const handle = this.handleOf(documentId);
    // Not loaded here yet, or not changes after all: sync brings them, just not as fast.
    if (!handle || !applyRelayedChanges(handle, changes)) return;
    this.changesApplied += changes.length;
    const pending = this.#pending.get(documentId);
    if (pending) pending.push(...changes);
    else this.#pending.set(documentId, [...changes]);
    this.#timer ??= setTimeout(
      () => this.#send(),
      Math.max(0, this.#lastSent + this.#batchMs - performance.now()),
    );
  }

  /** Stops a pending send (the hub is closing). */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
  }

  #send(): void {
    this.#timer = undefined;
    this.#lastSent = performance.now();
    let sent = 0;
    for (const [documentId, changes] of this.#pending) {
      sent += changes.length;
      const handle = this.handleOf(documentId);
      for (let start = 0; start < changes.length; start += MAX_RELAYED_CHANGES) {
        handle?.broadcast(relayedChangesMessage(changes.slice(start, start + MAX_RELAYED_CHANGES)));
      }
    }
    this.#pending.clear();
    this.#batchMs = Math.min(MAX_RELAY_BATCH_MS, RELAY_BATCH_MS * sent);
  }
}
