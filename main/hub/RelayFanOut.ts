import type { DocHandle, DocumentId } from '@automerge/automerge-repo';
import {
  applyRelayedChanges,
  MAX_RELAYED_CHANGES,
  relayedChangesMessage,
} from '../../shared/sync/changeRelay';

/**
 * Where peers' relayed edits go instead of automerge-repo's ephemeral forwarding. The hub
 * applies each at once, so it is never behind the peers that apply it (it would ask each of them
 * for the change), then sends them on in its own name, batched per event-loop turn.
 *
 * In its own name, because automerge-repo peers pass every ephemeral message on to all their
 * other peers: forwarded in the author's name, each edit came straight back to the hub from every
 * receiver; from the hub, their only peer, it goes no further. Batched, because under load many
 * arrive between two turns, and one message of several changes costs every laptop one update
 * instead of several. The author gets its own change back, which Automerge ignores.
 */
export class RelayFanOut {
  #pending = new Map<DocumentId, Uint8Array[]>();
  #flushScheduled = false;
  changesApplied = 0;

  constructor(
    private readonly handleOf: (documentId: DocumentId) => DocHandle<unknown> | undefined,
  ) {}

  receive(documentId: DocumentId, changes: Uint8Array[]): void {
    const handle = this.handleOf(documentId);
    // Not loaded here yet, or not changes after all: sync brings them, just not as fast.
    if (!handle || !applyRelayedChanges(handle, changes)) return;
    this.changesApplied += changes.length;
    this.#pending.set(documentId, [...(this.#pending.get(documentId) ?? []), ...changes]);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#flushScheduled = false;
    for (const [documentId, changes] of this.#pending) {
      const handle = this.handleOf(documentId);
      for (let start = 0; start < changes.length; start += MAX_RELAYED_CHANGES) {
        handle?.broadcast(relayedChangesMessage(changes.slice(start, start + MAX_RELAYED_CHANGES)));
      }
    }
    this.#pending.clear();
  }
}
