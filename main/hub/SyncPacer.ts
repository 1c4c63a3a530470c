import type { DocumentId } from '@automerge/automerge-repo';

interface Pair {
  lastDelivered: number;
  /** The latest in-step message not yet handed on. */
  held?: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * Paces the sync messages in which a peer only says it is in step with the hub.
 *
 * automerge-repo answers every sync message at once, and whoever's document changed since it last
 * wrote answers again; while a workshop is being edited every document changes all the time, so
 * each peer and the hub kept a ping-pong going, dozens of messages a second per peer, each a
 * round of sync-state conversions, a document update and a reply. With the change relay carrying
 * the edits, those messages bring the hub nothing: every head they report is already in its
 * document. So per peer and document such a message is handed to automerge-repo at most once per
 * interval; one that arrives sooner waits, and a later one from the same peer replaces it —
 * automerge-repo would take its heads, bloom filter and needs from the later one anyway, and its
 * changes are all in the hub's document. A message that may bring something (a head the hub
 * lacks, a need) goes through at once, after the one waiting, so each peer's messages keep their
 * order. To the peer it looks like a slower network; the protocol is unchanged.
 */
export class SyncPacer {
  #pairs = new WeakMap<object, Map<DocumentId, Pair>>();
  /** In-step messages replaced by a later one before they were handed on. */
  replaced = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Hands a sync message of `connection` about `documentId` on now or, if `inStep`, maybe later. */
  receive(connection: object, documentId: DocumentId, inStep: boolean, deliver: () => void): void {
    const pair = this.#pair(connection, documentId);
    if (!inStep) {
      this.#release(pair);
      this.#deliver(pair, deliver);
      return;
    }
    const wait = pair.lastDelivered + this.intervalMs - this.now();
    if (!pair.held && wait <= 0) {
      this.#deliver(pair, deliver);
      return;
    }
    if (pair.held) this.replaced += 1;
    pair.held = deliver;
    pair.timer ??= setTimeout(() => this.#release(pair), wait);
  }

  #release(pair: Pair): void {
    clearTimeout(pair.timer);
    pair.timer = undefined;
    const held = pair.held;
    pair.held = undefined;
    if (held) this.#deliver(pair, held);
  }

  #deliver(pair: Pair, deliver: () => void): void {
    pair.lastDelivered = this.now();
    deliver();
  }

  #pair(connection: object, documentId: DocumentId): Pair {
    let pairs = this.#pairs.get(connection);
    if (!pairs) this.#pairs.set(connection, (pairs = new Map()));
    let pair = pairs.get(documentId);
    if (!pair) pairs.set(documentId, (pair = { lastDelivered: -Infinity }));
    return pair;
  }
}
