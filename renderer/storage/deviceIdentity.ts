import { z } from 'zod';
import { randomUuid } from '../../shared/randomUuid';
import { cleanDisplayName, displayNameSchema } from '../../shared/sync/displayName';
import type { ObeyaDatabase } from './ObeyaDatabase';

const deviceIdentitySchema = z.object({
  id: z.string().min(1),
  displayName: displayNameSchema,
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;

/** This device's id and the name its user goes by, made on first use and kept locally. */
export async function loadDeviceIdentity(db: ObeyaDatabase): Promise<DeviceIdentity> {
  return db.transaction('rw', db.settings, async () => {
    const stored = deviceIdentitySchema.safeParse((await db.settings.get('device'))?.value);
    if (stored.success) return stored.data;
    const identity = { id: randomUuid(), displayName: '' };
    await db.settings.put({ key: 'device', value: identity });
    return identity;
  });
}

export async function saveDisplayName(db: ObeyaDatabase, displayName: string): Promise<void> {
  const identity = await loadDeviceIdentity(db);
  await db.settings.put({
    key: 'device',
    value: { ...identity, displayName: cleanDisplayName(displayName) },
  });
}
