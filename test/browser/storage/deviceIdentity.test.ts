import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeviceIdentity, saveDisplayName } from '../../../renderer/storage/deviceIdentity';
import { ObeyaDatabase } from '../../../renderer/storage/ObeyaDatabase';
import { MAX_DISPLAY_NAME_LENGTH } from '../../../shared/sync/displayName';

describe("this device's identity in IndexedDB", () => {
  let db: ObeyaDatabase;

  beforeEach(() => {
    db = new ObeyaDatabase(`device-identity-${crypto.randomUUID()}`);
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('is made once and kept, with the name its user last gave', async () => {
    const first = await loadDeviceIdentity(db);
    expect(first.displayName).toBe('');
    await saveDisplayName(db, '  Anna\n ');
    expect(await loadDeviceIdentity(db)).toEqual({ id: first.id, displayName: 'Anna' });
  });

  it('keeps its id when a name saved by an earlier version is longer than names are now', async () => {
    // Before names had one limit, a device saved up to 100 characters.
    await db.settings.put({
      key: 'device',
      value: { id: 'device-1', displayName: 'x'.repeat(100) },
    });
    const identity = await loadDeviceIdentity(db);
    expect(identity.id).toBe('device-1');
    expect(identity.displayName).toBe('x'.repeat(MAX_DISPLAY_NAME_LENGTH));
  });

  it('saves a name cut to the limit the hub and every peer apply', async () => {
    await saveDisplayName(db, 'y'.repeat(500));
    expect((await loadDeviceIdentity(db)).displayName).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
  });
});
