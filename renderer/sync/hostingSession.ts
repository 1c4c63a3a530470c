import type { Repo } from '@automerge/automerge-repo/slim';
import QRCode from 'qrcode';
import { z } from 'zod';
import { automergeUrlSchema } from '../../shared/automergeUrlSchema';
import { displayNameSchema } from '../../shared/sync/displayName';
import { MAX_REMEMBERED_WORKSHOPS } from '../../shared/sync/rememberedHub';
import type { Platform } from '../platform';
import type { ObeyaDatabase } from '../storage/ObeyaDatabase';
import { currentHosting, setHosting } from './hostingState';
import { joinHubAndRemember, leaveHub } from './hubSession';
import type { WorkshopSync } from './workshopSync';

const SETTING_KEY = 'hosting';

/** What this laptop hosts, kept until "Stop hosting" so a reload, crash or restart hosts it again. */
const hostingSettingSchema = z.object({
  workshopUrls: z.array(automergeUrlSchema).min(1).max(MAX_REMEMBERED_WORKSHOPS),
  hostName: displayNameSchema,
});

type Services = {
  db: ObeyaDatabase;
  sync: WorkshopSync;
  readyRepo: () => Promise<Repo>;
  platform: Platform;
};

/**
 * Hosts a workshop on this laptop's hub (one hub, sharing every workshop hosted), joins it, shows
 * the room how to join and remembers it. `newJoinCode` restarts the hub with a new code.
 */
export async function hostAndRemember(
  services: Services,
  request: { workshopUrl: string; hostName: string; newJoinCode?: boolean },
): Promise<void> {
  const info = await services.platform.hostWorkshop(request);
  await joinHubAndRemember(services, {
    hubUrl: info.hubUrl,
    joinCode: info.joinCode,
    peerName: request.hostName,
  });
  const current = currentHosting();
  const sameHub = current?.hubUrl === info.hubUrl ? current.workshopUrls : [];
  const workshopUrls = [...new Set([...sameHub, request.workshopUrl])];
  const joinLink = `${info.hubUrl}/#/join/${info.joinCode}`;
  setHosting({
    ...info,
    joinLink,
    qrSvg: await QRCode.toString(joinLink, { type: 'svg', margin: 1 }),
    workshopUrls,
  });
  await services.db.settings.put({
    key: SETTING_KEY,
    value: { workshopUrls, hostName: request.hostName },
  });
}

/** Stops this laptop's hub and forgets it was hosting. */
export async function stopHostingAndForget(services: Services): Promise<void> {
  await services.platform.stopHosting();
  await services.db.settings.delete(SETTING_KEY);
  await leaveHub(services);
  setHosting(undefined);
}

/**
 * Hosts again what this laptop hosted when its window last closed — a reload, a crash, a
 * restart — so the hub is back at the address and with the code the room is reconnecting to
 * (the platform keeps them). True when it hosts.
 */
export async function resumeHosting(services: Services): Promise<boolean> {
  const stored = hostingSettingSchema.safeParse(
    (await services.db.settings.get(SETTING_KEY))?.value,
  );
  if (!stored.success) return false;
  try {
    for (const workshopUrl of stored.data.workshopUrls) {
      await hostAndRemember(services, { workshopUrl, hostName: stored.data.hostName });
    }
    return true;
  } catch (error) {
    // The workshop's home offers "Host this workshop" again, where a failure shows its reason.
    console.warn('Obeya: could not host again what this laptop hosted', error);
    return false;
  }
}
