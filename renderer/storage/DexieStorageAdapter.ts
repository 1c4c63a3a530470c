import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo/slim';
import type { Collection } from 'dexie';
import type { ObeyaDatabase, StoredChunk } from './ObeyaDatabase';

/**
 * automerge-repo's storage on the `chunks` table of an {@link ObeyaDatabase}.
 *
 * Keys are stored as IndexedDB array keys, so a prefix query is one key range: every
 * `string[]` that starts with `prefix` sorts between `prefix` itself and `[...prefix, []]`
 * (IndexedDB orders any array after every string). Ranges come back in key order, not
 * insertion order; automerge-repo does not depend on the order (see docs/storage.md).
 *
 * Every write resolves only once its IndexedDB transaction has committed.
 */
export class DexieStorageAdapter implements StorageAdapterInterface {
  readonly #db: ObeyaDatabase;

  constructor(db: ObeyaDatabase) {
    this.#db = db;
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    // IndexedDB deserialises a fresh copy for every read, so callers own what they get.
    const row = await this.#db.chunks.get(key);
    return row?.data;
  }

  async save(key: StorageKey, data: Uint8Array): Promise<void> {
    // Copied now: the put may wait for the database to open, and the caller may reuse its key or
    // buffer meanwhile; a view into a larger buffer would otherwise be stored whole.
    await this.#db.chunks.put({ key: [...key], data: new Uint8Array(data) });
  }

  async remove(key: StorageKey): Promise<void> {
    await this.#db.chunks.delete(key);
  }

  async loadRange(keyPrefix: StorageKey): Promise<Chunk[]> {
    return this.#range(keyPrefix).toArray();
  }

  async removeRange(keyPrefix: StorageKey): Promise<void> {
    await this.#range(keyPrefix).delete();
  }

  /** Every key that starts with `keyPrefix`, the prefix itself included. */
  #range(keyPrefix: StorageKey): Collection<StoredChunk, string[]> {
    return this.#db.chunks.where(':id').between([...keyPrefix], [...keyPrefix, []], true, false);
  }
}
