import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runStorageAdapterTests } from '@automerge/automerge-repo/helpers/tests/storage-adapter-tests.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { DirectoryStorageAdapter } from '../../../../main/hub/DirectoryStorageAdapter';

/**
 * The one acceptance test that wants loadRange in insertion order. A folder lists in name order,
 * and automerge-repo does not rely on the order (see the same skip for Dexie), so it is skipped;
 * if the suite renames it, it runs again.
 */
const INSERTION_ORDER_TEST =
  'Storage adapter acceptance tests (directory) > save and loadRange > should return all the data that matches the key';

beforeEach((context) => {
  if (context.task.fullTestName === INSERTION_ORDER_TEST) {
    context.skip('a folder lists entries by name, not in insertion order');
  }
});

function temporaryFolder(): { folder: string; teardown: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'obeya-hub-storage-'));
  return { folder, teardown: () => rmSync(folder, { recursive: true, force: true }) };
}

runStorageAdapterTests(async () => {
  const { folder, teardown } = temporaryFolder();
  return { adapter: new DirectoryStorageAdapter(folder), teardown };
}, 'directory');

describe('DirectoryStorageAdapter', () => {
  it('returns the same chunks from loadRange, in any order', async () => {
    const { folder, teardown } = temporaryFolder();
    try {
      const adapter = new DirectoryStorageAdapter(folder);
      await adapter.save(['doc', 'sync-state', 'x'], new Uint8Array([1]));
      await adapter.save(['doc', 'snapshot', 'y'], new Uint8Array([2]));
      const chunks = await adapter.loadRange(['doc']);
      expect(chunks.map(({ key }) => key.join('/')).sort()).toEqual([
        'doc/snapshot/y',
        'doc/sync-state/x',
      ]);
    } finally {
      teardown();
    }
  });

  it('keeps key parts that differ only in case, or look like paths, apart and inside the folder', async () => {
    const { folder, teardown } = temporaryFolder();
    try {
      const adapter = new DirectoryStorageAdapter(folder);
      await adapter.save(['abc'], new Uint8Array([1]));
      await adapter.save(['ABC'], new Uint8Array([2]));
      await adapter.save(['..', '..', 'escape'], new Uint8Array([3]));
      expect(await adapter.load(['abc'])).toEqual(new Uint8Array([1]));
      expect(await adapter.load(['ABC'])).toEqual(new Uint8Array([2]));
      expect(await adapter.load(['..', '..', 'escape'])).toEqual(new Uint8Array([3]));
      expect(readdirSync(path.dirname(folder)).some((name) => name.includes('escape'))).toBe(false);
    } finally {
      teardown();
    }
  });
});
