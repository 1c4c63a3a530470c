import type { NetworkAdapterInterface } from '@automerge/automerge-repo/slim';
import {
  HubJoinError,
  joinHub,
  type HubJoinFailure,
  type HubJoinOptions,
  type HubSession,
} from './joinHub';
import { reconnectDelay } from './reconnectDelay';

export type HubConnectionStatus =
  | { state: 'joining'; attempt: number }
  | { state: 'connected'; hub: HubSession['hub'] }
  | { state: 'offline'; reason: HubJoinFailure | 'disconnected'; retryInMs: number }
  | { state: 'refused'; reason: 'wrong-join-code' }
  | { state: 'stopped' };

/** The two timer functions of the platform (setTimeout/clearTimeout), injected to keep this pure. */
export interface Timers {
  set(callback: () => void, delayMs: number): unknown;
  clear(timer: unknown): void;
}

export interface HubConnectionOptions extends HubJoinOptions {
  /** `repo.networkSubsystem`: where the sync adapter is plugged in and out. */
  network: {
    addNetworkAdapter(adapter: NetworkAdapterInterface): void;
    removeNetworkAdapter(adapter: NetworkAdapterInterface): void;
  };
  /**
   * A WebSocket client adapter for `syncUrl` that does not reconnect by itself: its token is
   * spent once used, so every reconnection goes through the handshake again.
   */
  createAdapter(syncUrl: string): NetworkAdapterInterface;
  timers: Timers;
  /** Math.random, injected for the jitter. */
  random(): number;
  onStatus?(status: HubConnectionStatus): void;
  /** How long the hub has to answer the WebSocket join before the attempt counts as failed. */
  connectTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

/**
 * Keeps a Repo connected to one hub: handshake, WebSocket, and on any loss a fresh handshake
 * after a growing, jittered delay. Stops for good only on a wrong join code or `stop()`.
 */
export class HubConnection {
  #options: HubConnectionOptions;
  #status: HubConnectionStatus = { state: 'stopped' };
  #running = false;
  #attempt = 0;
  #adapter: NetworkAdapterInterface | undefined;
  #timer: unknown;

  constructor(options: HubConnectionOptions) {
    this.#options = options;
  }

  get status(): HubConnectionStatus {
    return this.#status;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#attempt = 0;
    void this.#connect();
  }

  /**
   * Tries now instead of at the end of the wait — the network is back, or the person asked —
   * unless the hub itself said how long to wait. The wait after another failure still grows.
   */
  retryNow(): void {
    const status = this.#status;
    if (!this.#running || status.state !== 'offline' || status.reason === 'too-many-attempts') {
      return;
    }
    this.#clearTimer();
    void this.#connect();
  }

  stop(): void {
    this.#running = false;
    this.#clearTimer();
    this.#retireAdapter();
    this.#setStatus({ state: 'stopped' });
  }

  async #connect(): Promise<void> {
    this.#setStatus({ state: 'joining', attempt: this.#attempt });
    let session: HubSession;
    try {
      session = await joinHub(this.#options);
    } catch (error) {
      if (!this.#running) return;
      const failure = error instanceof HubJoinError ? error : new HubJoinError('unreachable');
      if (failure.reason === 'wrong-join-code') {
        this.#running = false;
        this.#setStatus({ state: 'refused', reason: 'wrong-join-code' });
        return;
      }
      this.#retryLater(failure.reason, (failure.retryAfterSeconds ?? 0) * 1000);
      return;
    }
    if (!this.#running) return;

    const adapter = this.#options.createAdapter(session.syncUrl);
    this.#adapter = adapter;
    adapter.on('peer-candidate', () => {
      if (adapter !== this.#adapter) return;
      this.#clearTimer();
      this.#attempt = 0;
      this.#setStatus({ state: 'connected', hub: session.hub });
    });
    const onLost = () => {
      if (adapter !== this.#adapter) return;
      this.#retireAdapter();
      this.#retryLater('disconnected', 0);
    };
    adapter.on('peer-disconnected', onLost);
    adapter.on('close', onLost);
    this.#options.network.addNetworkAdapter(adapter);
    this.#timer = this.#options.timers.set(() => {
      if (adapter !== this.#adapter || this.#status.state === 'connected') return;
      this.#retireAdapter();
      this.#retryLater('unreachable', 0);
    }, this.#options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
  }

  #retryLater(reason: HubJoinFailure | 'disconnected', atLeastMs: number): void {
    if (!this.#running) return;
    this.#clearTimer();
    const retryInMs = Math.max(atLeastMs, reconnectDelay(this.#attempt, this.#options.random()));
    this.#attempt += 1;
    this.#setStatus({ state: 'offline', reason, retryInMs });
    this.#timer = this.#options.timers.set(() => void this.#connect(), retryInMs);
  }

  #retireAdapter(): void {
    const adapter = this.#adapter;
    if (!adapter) return;
    this.#adapter = undefined;
    try {
      this.#options.network.removeNetworkAdapter(adapter);
    } catch {
      // The adapter had not connected yet and has nothing to close.
    }
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return;
    this.#options.timers.clear(this.#timer);
    this.#timer = undefined;
  }

  #setStatus(status: HubConnectionStatus): void {
    this.#status = status;
    this.#options.onStatus?.(status);
  }
}
