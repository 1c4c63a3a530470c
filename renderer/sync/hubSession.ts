import type { Repo } from '@automerge/automerge-repo/slim';
import { z } from 'zod';
import { displayNameSchema } from '../../shared/sync/displayName';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';
import type { JoinDetails, WorkshopSync } from './workshopSync';

const SETTING_KEY = 'hub-session';

const hubSessionSchema = z.object({
  hubUrl: z.string().max(300),
  joinCode: z.string().max(20),
  peerName: displayNameSchema,
});

/**
 * Joins a hub, and remembers it once the hub has let this laptop in, so a reload or restart
 * reconnects by itself. A code the hub refused is not remembered: the next start would only try
 * it again, show "Wrong join code" for a join the person had given up, and count one more wrong
 * code against this laptop's address.
 */
export async function joinHubAndRemember(
  services: { db: ObeyaDatabase; sync: WorkshopSync; readyRepo: () => Promise<Repo> },
  details: JoinDetails,
): Promise<void> {
  // The hub's sync messages are applied to documents as soon as they arrive.
  await services.readyRepo();
  services.sync.join(details);
  // Until it is in, refused, or this join is given up (left, or another hub joined instead).
  const stopWatching = services.sync.subscribe((status) => {
    if (status.state === 'joining' || status.state === 'offline') return;
    stopWatching();
    if (status.state === 'connected') {
      void services.db.settings.put({ key: SETTING_KEY, value: details });
    }
  });
}

export async function leaveHub(services: { db: ObeyaDatabase; sync: WorkshopSync }): Promise<void> {
  services.sync.leave();
  await services.db.settings.delete(SETTING_KEY);
}

/** The address of the hub this laptop was last joined to, if it still is. */
export async function lastHubUrl(db: ObeyaDatabase): Promise<string | undefined> {
  const stored = hubSessionSchema.safeParse((await db.settings.get(SETTING_KEY))?.value);
  return stored.success ? stored.data.hubUrl : undefined;
}

/**
 * Reconnects to the hub this window was joined to before it was reloaded or closed — unless it
 * has joined one since it opened. A join link opens the Join dialog at once, and joining from it
 * can finish before start-up gets here (both wait for Automerge's wasm); the session the dialog
 * just saved would then be joined a second time, dropping the first connection.
 */
export async function rejoinLastHub(services: {
  db: ObeyaDatabase;
  sync: WorkshopSync;
}): Promise<void> {
  const stored = hubSessionSchema.safeParse((await services.db.settings.get(SETTING_KEY))?.value);
  if (stored.success && services.sync.status.state === 'stopped') services.sync.join(stored.data);
}
