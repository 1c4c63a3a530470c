import type { AutomergeUrl, Repo } from '@automerge/automerge-repo/slim';
import {
  syncServerSettingSchema,
  type SyncServerSetting,
} from '../../shared/sync/syncServerSchemas';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';
import { receiveHostedWorkshops } from './joinWorkshops';
import type { SyncServerLinks } from './SyncServerLinks';
import type { WorkshopSync } from './workshopSync';

/** One setting per workshop: `sync-server:<workshop URL>` → `SyncServerSetting`. */
const KEY_PREFIX = 'sync-server:';

type Services = { db: ObeyaDatabase; sync: WorkshopSync; readyRepo: () => Promise<Repo> };

/** Syncs a workshop through a sync server, now and after every restart, until disconnected. */
export async function connectToSyncServer(
  services: Services,
  setting: SyncServerSetting,
): Promise<void> {
  // The server's sync messages are applied to documents as soon as they arrive.
  await services.readyRepo();
  services.sync.servers.connect(setting.serverUrl, setting.workshopUrl);
  await services.db.settings.put({ key: KEY_PREFIX + setting.workshopUrl, value: setting });
}

export async function disconnectFromSyncServer(
  services: Services,
  workshopUrl: AutomergeUrl,
): Promise<void> {
  services.sync.servers.disconnect(workshopUrl);
  await services.db.settings.delete(KEY_PREFIX + workshopUrl);
}

/** Reconnects every workshop this device syncs through a sync server. */
export async function reconnectSyncServers(services: Services): Promise<void> {
  const rows = await services.db.settings.where('key').startsWith(KEY_PREFIX).toArray();
  for (const row of rows) {
    const setting = syncServerSettingSchema.safeParse(row.value);
    if (setting.success)
      services.sync.servers.connect(setting.data.serverUrl, setting.data.workshopUrl);
  }
}

/** How long a sync server has to answer a first connection before the person is told. */
const SERVER_ANSWER_MS = 15_000;

/**
 * Joins a workshop someone shares through a sync server: links it (remembered), waits for the
 * server, then brings the workshop and its documents into this laptop's library. On failure the
 * link is dropped again and the error says what to check.
 */
export async function joinThroughSyncServer(
  services: Services,
  setting: SyncServerSetting,
): Promise<void> {
  await connectToSyncServer(services, setting);
  try {
    await serverAnswers(services.sync.servers, setting.serverUrl);
    await receiveHostedWorkshops(services, [setting.workshopUrl]).catch(() => {
      throw new Error(
        'The sync server does not have that workshop. Check the workshop link with whoever shared it.',
      );
    });
  } catch (error) {
    await disconnectFromSyncServer(services, setting.workshopUrl);
    throw error;
  }
}

function serverAnswers(servers: SyncServerLinks, serverUrl: string): Promise<void> {
  const isLive = () =>
    servers.statuses.some((status) => status.serverUrl === serverUrl && status.state === 'live');
  return new Promise((resolve, reject) => {
    if (isLive()) return resolve();
    const stop = servers.subscribe(() => {
      if (!isLive()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
    const timer = setTimeout(() => {
      stop();
      reject(
        new Error(
          `No sync server answers at ${serverUrl}. Check the address, and that this laptop can reach it.`,
        ),
      );
    }, SERVER_ANSWER_MS);
  });
}
