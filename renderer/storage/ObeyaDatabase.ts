import Dexie, { type Table } from 'dexie';

// Dexie switches to debug mode on localhost, where the browser host serves the app: every
// operation then records an async stack task (console.createTask). The same Dexie as in
// Electron, whose app:// origin never turns it on.
Dexie.debug = false;

/** One automerge-repo storage chunk; `key` is its StorageKey (an array, ordered by IndexedDB). */
export interface StoredChunk {
  key: string[];
  data: Uint8Array;
}

/**
 * This device's index of workshops: a cache of each workshop document's details so the
 * library lists fifty workshops without loading fifty Automerge documents. The workshop
 * document stays the source of truth; nothing that must sync lives only here.
 */
export interface WorkshopIndexEntry {
  /** automerge-repo URL of the workshop document. */
  url: string;
  title: string;
  client: string;
  date: string;
  facilitator: string;
  artefactCount: number;
  /** Documents the workshop hides until their deletion is made final (at the latest, at start). */
  pendingDeletions?: number;
  updatedAt: number;
  openedAt: number;
  /** Set while a deletion can still be undone; purged documents leave the index. */
  deletedAt?: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DATABASE_NAME = 'obeya';

export class ObeyaDatabase extends Dexie {
  chunks!: Table<StoredChunk, string[]>;
  workshops!: Table<WorkshopIndexEntry, string>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME) {
    // Strict durability: a committed edit survives a power cut, not only a crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      chunks: 'key',
      workshops: 'url, updatedAt, openedAt, title',
      settings: 'key',
    });
  }
}
