import path from 'node:path';
import { app } from 'electron';
import type { HostingInfo, HostWorkshopRequest } from '../../shared/ipc/contract';
import { createBonjourDiscovery } from '../hub/discovery';
import { consoleHubLogger } from '../hub/HubLogger';
import { startHub, type Hub } from '../hub/startHub';

/** The built renderer, served by the hub to participants who join from a browser. */
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

let hub: Hub | undefined;

/**
 * Starts this laptop's LAN hub on first use and shares the workshop through it. The hub keeps
 * its copy under userData, so a restarted host serves the room before anyone re-syncs.
 */
export async function hostWorkshop(request: HostWorkshopRequest): Promise<HostingInfo> {
  hub ??= await startHub({
    rendererRoot: RENDERER_ROOT,
    hostName: request.hostName,
    storageDirectory: path.join(app.getPath('userData'), 'hub'),
    discovery: createBonjourDiscovery(consoleHubLogger),
    logger: consoleHubLogger,
  });
  hub.addWorkshop(request.workshopUrl as Parameters<Hub['addWorkshop']>[0]);
  return { hubUrl: hub.url, joinCode: hub.joinCode };
}

export async function stopHosting(): Promise<void> {
  const running = hub;
  hub = undefined;
  await running?.close();
}
