import type { Chunk } from '@automerge/automerge-repo/slim';
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DexieStorageAdapter } from '../../../renderer/storage/DexieStorageAdapter';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';

function openTestDatabase(): ObeyaDatabase {
  return new ObeyaDatabase(`obeya-test-${crypto.randomUUID()}`);
}

async function deleteTestDatabase(db: ObeyaDatabase): Promise<void> {
  // A read-write transaction starts only after earlier reads finish, so the delete that
  // follows is not reported as blocked by a read that returned but has not closed yet.
  await db.transaction('rw', db.tables, () => undefined);
  await db.delete();
}

/**
 * The one acceptance test that asserts loadRange returns chunks in insertion order. IndexedDB
 * returns a key range sorted by key, and automerge-repo does not rely on the order (it loads
 * snapshots and incrementals as separate ranges and Automerge applies changes in any order),
 * so we skip it here and cover the real contract below: the same set of chunks, in any order.
 * Matched by full name: if the suite renames it, it runs (and fails) again rather than the
 * skip landing on another test.
 */
const INSERTION_ORDER_TEST =
  'Storage adapter acceptance tests (Dexie) > save and loadRange > should return all the data that matches the key';

beforeEach((context) => {
  if (context.task.fullTestName === INSERTION_ORDER_TEST) {
    context.skip('IndexedDB returns key ranges sorted by key, not in insertion order');
  }
});

runStorageAdapterTests(async () => {
  const db = openTestDatabase();
  return { adapter: new DexieStorageAdapter(db), teardown: () => deleteTestDatabase(db) };
}, 'Dexie');

const bytes = (...values: number[]) => new Uint8Array(values);

/** Chunks in key order, so two ranges compare as sets of chunks. */
function byKey(chunks: Chunk[]): Chunk[] {
  return [...chunks].sort((a, b) => indexedDB.cmp(a.key, b.key));
}

describe('DexieStorageAdapter', () => {
  let db: ObeyaDatabase;
  let adapter: DexieStorageAdapter;

  beforeEach(() => {
    db = openTestDatabase();
    adapter = new DexieStorageAdapter(db);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await deleteTestDatabase(db);
  });

  describe('loadRange', () => {
    it('returns every chunk under the prefix, whatever the order of saving', async () => {
      await adapter.save(['AAAAA', 'sync-state', 'xxxxx'], bytes(1));
      await adapter.save(['AAAAA', 'snapshot', 'yyyyy'], bytes(2));
      await adapter.save(['AAAAA', 'sync-state', 'zzzzz'], bytes(3));

      expect(byKey(await adapter.loadRange(['AAAAA']))).toStrictEqual(
        byKey([
          { key: ['AAAAA', 'sync-state', 'xxxxx'], data: bytes(1) },
          { key: ['AAAAA', 'snapshot', 'yyyyy'], data: bytes(2) },
          { key: ['AAAAA', 'sync-state', 'zzzzz'], data: bytes(3) },
        ]),
      );
      expect(byKey(await adapter.loadRange(['AAAAA', 'sync-state']))).toStrictEqual(
        byKey([
          { key: ['AAAAA', 'sync-state', 'xxxxx'], data: bytes(1) },
          { key: ['AAAAA', 'sync-state', 'zzzzz'], data: bytes(3) },
        ]),
      );
    });

    it('matches whole key segments, not string prefixes of a segment', async () => {
      await adapter.save(['AAAAA', 'snapshot', 'x'], bytes(1));
      await adapter.save(['AAAAAB', 'snapshot', 'y'], bytes(2));
      await adapter.save(['AAAA', 'snapshot', 'z'], bytes(3));

      expect(await adapter.loadRange(['AAAAA'])).toStrictEqual([
        { key: ['AAAAA', 'snapshot', 'x'], data: bytes(1) },
      ]);
      expect(await adapter.loadRange(['AAAAA', 'snap'])).toStrictEqual([]);
    });

    it('includes a key equal to the prefix, since every key starts with itself', async () => {
      await adapter.save(['AAAAA'], bytes(1));
      await adapter.save(['AAAAA', 'snapshot', 'x'], bytes(2));

      expect(byKey(await adapter.loadRange(['AAAAA']))).toStrictEqual([
        { key: ['AAAAA'], data: bytes(1) },
        { key: ['AAAAA', 'snapshot', 'x'], data: bytes(2) },
      ]);
    });

    it('returns everything for the empty prefix', async () => {
      await adapter.save(['AAAAA', 'snapshot', 'x'], bytes(1));
      await adapter.save(['storage-adapter-id'], bytes(2));

      expect(await adapter.loadRange([])).toHaveLength(2);
    });
  });

  describe('removeRange', () => {
    it('removes the prefix and the keys under it, and nothing that merely shares characters', async () => {
      await adapter.save(['AAAAA'], bytes(1));
      await adapter.save(['AAAAA', 'snapshot', 'x'], bytes(2));
      await adapter.save(['AAAAAB', 'snapshot', 'y'], bytes(3));

      await adapter.removeRange(['AAAAA']);

      expect(await adapter.loadRange([])).toStrictEqual([
        { key: ['AAAAAB', 'snapshot', 'y'], data: bytes(3) },
      ]);
    });
  });

  describe('stored bytes', () => {
    it('are the bytes passed to save, even if the caller reuses its buffer before the save resolves', async () => {
      const buffer = bytes(1, 2, 3);
      const saving = adapter.save(['k'], buffer);
      buffer.fill(99);
      await saving;

      expect(await adapter.load(['k'])).toStrictEqual(bytes(1, 2, 3));
    });

    it('are not changed by mutating what load and loadRange return', async () => {
      await adapter.save(['k'], bytes(1, 2, 3));
      (await adapter.load(['k']))?.fill(42);
      (await adapter.loadRange(['k']))[0]?.data?.fill(42);

      expect(await adapter.load(['k'])).toStrictEqual(bytes(1, 2, 3));
    });

    it('hold only the viewed bytes when given a view into a larger buffer', async () => {
      const large = new Uint8Array(1024).map((_, index) => index % 251);
      await adapter.save(['k'], large.subarray(10, 14));

      const row = await db.chunks.get(['k']);
      const loaded = await adapter.load(['k']);

      expect(row?.data.buffer.byteLength).toBe(4);
      expect(loaded).toStrictEqual(bytes(10, 11, 12, 13));
      expect(loaded?.buffer.byteLength).toBe(4);
    });
  });

  describe('durability', () => {
    /**
     * Calls `onOpen` for every IndexedDB transaction `db` opens. Install it before the first
     * call on `db`: Dexie binds `IDBDatabase.transaction` once, when the connection opens.
     */
    function onTransaction(onOpen: (transaction: IDBTransaction) => void): void {
      const open = IDBDatabase.prototype.transaction;
      vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
        this: IDBDatabase,
        ...args: Parameters<IDBDatabase['transaction']>
      ) {
        const transaction = open.apply(this, args);
        onOpen(transaction);
        return transaction;
      });
    }

    it.each([
      ['save', (a: DexieStorageAdapter) => a.save(['AAAAA', 'snapshot', 'y'], bytes(2))],
      ['remove', (a: DexieStorageAdapter) => a.remove(['AAAAA', 'snapshot', 'x'])],
      ['removeRange', (a: DexieStorageAdapter) => a.removeRange(['AAAAA'])],
    ])('resolves %s only after its transaction has committed', async (_name, write) => {
      const writes: { committed: boolean }[] = [];
      onTransaction((transaction) => {
        if (transaction.mode !== 'readwrite') return;
        const entry = { committed: false };
        writes.push(entry);
        // Registered before Dexie's own handler, so it runs before Dexie resolves anything.
        transaction.addEventListener('complete', () => (entry.committed = true));
      });
      await adapter.save(['AAAAA', 'snapshot', 'x'], bytes(1));

      await write(adapter);

      expect(writes).toHaveLength(2);
      expect(writes.at(-1)?.committed).toBe(true);
    });

    it('rejects a save when its transaction aborts instead of hanging', async () => {
      const put = IDBObjectStore.prototype.put;
      // As when the disk fills up: the write is queued, then the transaction aborts.
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        const request = put.apply(this, args);
        this.transaction.abort();
        return request;
      });
      // Dexie's debug mode (on for localhost) traces every failed call; this one is expected.
      vi.spyOn(console, 'trace').mockImplementation(() => undefined);

      await expect(adapter.save(['k'], bytes(1))).rejects.toThrow();
      expect(await adapter.load(['k'])).toBeUndefined();
    });
  });
});
