import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { startChangeRelay } from '../../shared/sync/changeRelay';
import { HubConnection, type HubConnectionStatus } from '../../shared/sync/HubConnection';
import { HubClientAdapter } from './HubClientAdapter';
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

  constructor(private readonly repo: Repo) {
    this.servers = new SyncServerLinks(repo);
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
