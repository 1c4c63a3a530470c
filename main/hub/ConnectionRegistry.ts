import type { WebSocket } from 'ws';
import type { HubLimits } from './hubLimits';
import type { HubLogger } from './HubLogger';
import { TokenBucket } from './TokenBucket';

/** What the hub knows about one sync WebSocket. */
export interface PeerConnection {
  address: string;
  peerName: string;
  /** automerge-repo's peer id, fixed by the connection's first join frame. */
  peerId?: string;
  frames: TokenBucket;
  joinTimer: NodeJS.Timeout;
}

type RegistryLimits = Pick<
  HubLimits,
  'maxConnections' | 'maxConnectionsPerAddress' | 'framesPerSecond' | 'frameBurst' | 'joinTimeoutMs'
>;

export type ConnectionRefusal = 'hub-full' | 'too-many-from-address';

/** Counts sync connections per address and in total, and holds each one's limits. */
export class ConnectionRegistry {
  #connections = new Map<WebSocket, PeerConnection>();
  #perAddress = new Map<string, number>();
  #pending = 0;

  constructor(
    private readonly limits: RegistryLimits,
    private readonly logger: HubLogger,
  ) {}

  get size(): number {
    return this.#connections.size;
  }

  /**
   * Reserves a slot for an upgrade from `address`, or says why there is none. Call `release` if
   * the upgrade then fails, or `add` once the WebSocket exists.
   */
  reserve(address: string): ConnectionRefusal | null {
    if (this.#connections.size + this.#pending >= this.limits.maxConnections) return 'hub-full';
    if ((this.#perAddress.get(address) ?? 0) >= this.limits.maxConnectionsPerAddress) {
      return 'too-many-from-address';
    }
    this.#pending += 1;
    this.#perAddress.set(address, (this.#perAddress.get(address) ?? 0) + 1);
    return null;
  }

  release(address: string): void {
    this.#pending -= 1;
    this.#unreserveAddress(address);
  }

  add(socket: WebSocket, address: string, peerName: string): PeerConnection {
    this.#pending -= 1;
    const connection: PeerConnection = {
      address,
      peerName,
      frames: new TokenBucket(this.limits.frameBurst, this.limits.framesPerSecond),
      joinTimer: setTimeout(() => {
        this.logger.warn('connection closed', { address, peerName, reason: 'no-join' });
        socket.close(1008, 'no-join');
      }, this.limits.joinTimeoutMs),
    };
    this.#connections.set(socket, connection);
    socket.on('close', () => {
      clearTimeout(connection.joinTimer);
      this.#connections.delete(socket);
      this.#unreserveAddress(address);
    });
    // ws reports oversized frames and protocol violations here; without a listener they would
    // be thrown and take the whole hub down.
    socket.on('error', (error: Error & { code?: string }) => {
      this.logger.warn('connection closed', {
        address,
        peerName,
        reason: error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'frame-too-large' : error.code,
      });
    });
    return connection;
  }

  get(socket: WebSocket): PeerConnection | undefined {
    return this.#connections.get(socket);
  }

  #unreserveAddress(address: string): void {
    const count = (this.#perAddress.get(address) ?? 1) - 1;
    if (count > 0) this.#perAddress.set(address, count);
    else this.#perAddress.delete(address);
  }
}
