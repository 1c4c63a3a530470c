import { cbor, type DocumentId, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { decodeSyncMessage, type DecodedSyncMessage } from '@automerge/automerge';
import type { WebSocket, WebSocketServer } from 'ws';
import {
  PEER_FRAME_TYPES,
  peerFrameSchema,
  type PeerFrame,
} from '../../shared/sync/repoMessageSchemas';
import { relayedChangesOf } from '../../shared/sync/changeRelay';
import type { ConnectionRegistry } from './ConnectionRegistry';
import type { HubLogger } from './HubLogger';
import type { SyncPacer } from './SyncPacer';

/** Counters the hub reports in `stats()`. */
export interface FrameCounters {
  framesIn: number;
  bytesIn: number;
  framesRefused: number;
  /** Requests for documents the hub does not share, answered with doc-unavailable. */
  unsharedRequests: number;
  /** Ephemeral messages a peer passed back to the hub, which sent them. */
  echoesDropped: number;
}

export interface FrameGuard {
  connections: ConnectionRegistry;
  isShared(documentId: DocumentId): boolean;
  /** A peer's relayed edits to a shared document (see shared/sync/changeRelay.ts). */
  onRelayedChanges(documentId: DocumentId, changes: Uint8Array[]): void;
  /** Whether the hub's copy of a shared document holds every one of these heads. */
  hasHeads(documentId: DocumentId, heads: string[]): boolean;
  syncPacer: SyncPacer;
  logger: HubLogger;
  counters: FrameCounters;
}

/**
 * Our `ws` server as automerge-repo's server adapter types it. The adapter types it through
 * isomorphic-ws, whose typing of `ws` (CommonJS `export =`) TypeScript does not unify with ours
 * (ES module); at runtime it is the same class.
 */
export function asAdapterServer(
  server: WebSocketServer,
): ConstructorParameters<typeof WebSocketServerAdapter>[0] {
  return server as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0];
}

// RFC 6455: 1007 = payload inconsistent with its type, 1008 = policy violation.
const MALFORMED = 1007;
const POLICY = 1008;

/**
 * automerge-repo's WebSocket server adapter behind a gate: every frame is rate-limited, decoded
 * and checked against the protocol's shapes before automerge-repo sees it, and frames about
 * documents the hub does not share are answered with doc-unavailable and go no further. A
 * frame that fails closes that one connection; the hub keeps serving the others.
 */
export class GuardedWebSocketServerAdapter extends WebSocketServerAdapter {
  readonly #guard: FrameGuard;
  #pluggedIn!: () => void;
  /**
   * Resolves once the Repo has plugged this adapter in. Until then nobody listens for new
   * WebSockets, and a peer that connected would wait forever for an answer to its join. (With
   * storage, the Repo plugs adapters in only after reading its storage id.)
   */
  readonly pluggedIn = new Promise<void>((resolve) => {
    this.#pluggedIn = resolve;
  });

  constructor(server: WebSocketServer, guard: FrameGuard) {
    super(asAdapterServer(server));
    this.#guard = guard;
  }

  override connect(...args: Parameters<WebSocketServerAdapter['connect']>): void {
    super.connect(...args);
    this.#pluggedIn();
  }

  override receiveMessage(messageBytes: Uint8Array, socket: WebSocket): void {
    if (socket.readyState !== socket.OPEN) return;
    const connection = this.#guard.connections.get(socket);
    if (!connection) {
      socket.terminate();
      return;
    }
    const counters = this.#guard.counters;
    counters.framesIn += 1;
    counters.bytesIn += messageBytes.byteLength;
    const refuse = (code: number, reason: string) => {
      counters.framesRefused += 1;
      this.#guard.logger.warn('connection closed', {
        address: connection.address,
        peerName: connection.peerName,
        reason,
      });
      socket.close(code, reason);
    };

    if (!connection.frames.take()) return refuse(POLICY, 'flood');
    let decoded: unknown;
    try {
      decoded = cbor.decode(messageBytes);
    } catch {
      return refuse(MALFORMED, 'not-cbor');
    }
    const type = fieldOf(decoded, 'type');
    if (typeof type !== 'string' || !PEER_FRAME_TYPES.includes(type)) {
      return refuse(POLICY, 'unknown-type');
    }
    if (
      type === 'ephemeral' &&
      connection.peerId !== undefined &&
      fieldOf(decoded, 'senderId') !== connection.peerId
    ) {
      // automerge-repo peers pass each ephemeral message on to all their other peers, so every
      // one the hub forwards (presence, say) comes straight back, still signed by its author.
      // The stock adapter drops these silently; so do we, before spending a schema check.
      counters.echoesDropped += 1;
      return;
    }
    const parsed = peerFrameSchema.safeParse(decoded);
    if (!parsed.success) return refuse(MALFORMED, 'malformed');
    const frame = parsed.data;

    if (frame.type === 'join') {
      if (connection.peerId !== undefined && connection.peerId !== frame.senderId) {
        return refuse(POLICY, 'second-join');
      }
      connection.peerId = frame.senderId;
      clearTimeout(connection.joinTimer);
    } else if (frame.senderId !== connection.peerId) {
      // Before its join, or speaking for another peer.
      return refuse(POLICY, 'wrong-sender');
    }
    const payload = decodePayload(frame);
    if (payload === UNDECODABLE) return refuse(MALFORMED, 'malformed-payload');

    if ('documentId' in frame && !this.#guard.isShared(frame.documentId as DocumentId)) {
      if (frame.type === 'sync' || frame.type === 'request') {
        counters.unsharedRequests += 1;
        this.send({
          type: 'doc-unavailable',
          senderId: this.peerId as PeerId,
          targetId: frame.senderId as PeerId,
          documentId: frame.documentId as DocumentId,
        });
      }
      return;
    }
    const relayed = frame.type === 'ephemeral' ? relayedChangesOf(payload) : null;
    if (frame.type === 'ephemeral' && relayed) {
      // Not forwarded by automerge-repo: the hub sends relayed edits on itself (RelayFanOut).
      this.#guard.onRelayedChanges(frame.documentId as DocumentId, relayed);
      return;
    }
    if (frame.type === 'sync' || frame.type === 'request' || frame.type === 'doc-unavailable') {
      const documentId = frame.documentId as DocumentId;
      const inStep =
        frame.type === 'sync' && this.#inStep(documentId, payload as DecodedSyncMessage);
      // All of a peer's sync-protocol messages pass the pacer, which keeps them in order.
      this.#guard.syncPacer.receive(connection, documentId, inStep, () => {
        if (socket.readyState === socket.OPEN) super.receiveMessage(messageBytes, socket);
      });
      return;
    }
    if (frame.type === 'join' && frame.peerMetadata?.storageId !== undefined) {
      // The hub does not keep per-peer sync state. Told a peer's storage id, automerge-repo
      // would encode that peer's heads after every sync step and, with a storage folder, write
      // its sync state to disk up to ten times a second per peer. Without it, a peer that comes
      // back simply syncs from scratch, which for workshop-sized documents is quick.
      super.receiveMessage(cbor.encode({ ...frame, peerMetadata: { isEphemeral: true } }), socket);
      return;
    }
    super.receiveMessage(messageBytes, socket);
  }

  /** Whether a sync message can bring the hub nothing: it has every head, none is asked for. */
  #inStep(documentId: DocumentId, { heads, need }: DecodedSyncMessage): boolean {
    return heads.length > 0 && need.length === 0 && this.#guard.hasHeads(documentId, heads);
  }
}

/** A field of a decoded frame, before the frame has passed its schema. */
function fieldOf(decoded: unknown, name: string): unknown {
  return typeof decoded === 'object' && decoded !== null && name in decoded
    ? (decoded as Record<string, unknown>)[name]
    : undefined;
}

const UNDECODABLE = Symbol('undecodable');

/**
 * Checks that a sync payload is an Automerge sync message and an ephemeral payload CBOR (both
 * are decoded later, where a failure would only be logged); returns the decoded payload,
 * undefined for other frames, or UNDECODABLE.
 */
function decodePayload(frame: PeerFrame): unknown {
  try {
    if (frame.type === 'sync' || frame.type === 'request') return decodeSyncMessage(frame.data);
    if (frame.type === 'ephemeral') return cbor.decode(frame.data);
    return undefined;
  } catch {
    return UNDECODABLE;
  }
}
