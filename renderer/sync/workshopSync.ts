import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { startChangeRelay } from '../../shared/sync/changeRelay';
import { HubConnection, type HubConnectionStatus } from '../../shared/sync/HubConnection';
import {
  RELAYED_CHANGES_SYNC_INTERVAL_MS,
  RELAYED_SYNC_INTERVAL_MS,
  setSyncInterval,
} from '../../shared/sync/syncInterval';
import { HubClientAdapter } from '../../shared/sync/HubClientAdapter';
import { SyncServerLinks } from './SyncServerLinks';

export interface JoinDetails {
  hubUrl: string;
  joinCode: string;
  peerName: string;
}

type Listener = (status: HubConnectionStatus) => void;

/**
 * This window's links to others: one LAN hub connection and its status for the badge, the
 * workshops synced through sync servers beyond the room, and the instant change relay on every
 * open document (it reaches peers through either).
 */
export class WorkshopSync {
  #connection: HubConnection | undefined;
  #status: HubConnectionStatus = { state: 'stopped' };
  readonly #listeners = new Set<Listener>();
  readonly #relayed = new Set<string>();
  readonly servers: SyncServerLinks;

  /** Call right after creating `repo`, before it opens any document. */
  constructor(private readonly repo: Repo) {
    // The relay carries edits at once, so sync only backs it up and can run far less often:
    // the same pacing as the hub's (docs/sync.md, "With the relay carrying the edits").
    setSyncInterval(
      repo,
      RELAYED_SYNC_INTERVAL_MS,
      (reason) => console.warn(`Sync interval not applied: ${reason}`),
      RELAYED_CHANGES_SYNC_INTERVAL_MS,
    );
    this.servers = new SyncServerLinks(repo);
    // A laptop back on the Wi-Fi reconnects at once rather than at the end of its wait (≤ 30 s).
    globalThis.addEventListener?.('online', () => this.retryNow());
  }

  get status(): HubConnectionStatus {
    return this.#status;
  }

  join(details: JoinDetails): void {
    this.leave();
    this.#connection = new HubConnection({
      ...details,
      fetch: (url, init) => fetch(url, init),
      network: this.repo.networkSubsystem,
      createAdapter: (syncUrl) => new HubClientAdapter(syncUrl),
      timers: {
        set: (run, ms) => setTimeout(run, ms),
        clear: (timer) => clearTimeout(timer as number),
      },
      random: Math.random,
      onStatus: (status) => {
        this.#status = status;
        for (const listener of this.#listeners) listener(status);
      },
    });
    this.#connection.start();
  }

  /** Reconnects to the hub now if waiting to (`HubConnection.retryNow`). */
  retryNow(): void {
    this.#connection?.retryNow();
  }

  leave(): void {
    this.#connection?.stop();
    this.#connection = undefined;
  }

  /** Relays this document's edits to peers as they are made (sync still carries them too). */
  relay(handle: DocHandle<unknown>): void {
    if (this.#relayed.has(handle.documentId)) return;
    this.#relayed.add(handle.documentId);
    startChangeRelay(handle);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
