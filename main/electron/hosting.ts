import path from 'node:path';
import { app } from 'electron';
import type { DiscoveredHub, HostingInfo, HostWorkshopRequest } from '../../shared/ipc/contract';
import { createBonjourDiscovery } from '../hub/discovery';
import { hostingMemoryFile } from '../hub/HostingMemory';
import { consoleHubLogger } from '../hub/HubLogger';
import { NearbyHubs } from '../hub/NearbyHubs';
import { onDemandDiscovery } from '../hub/onDemandDiscovery';
import { WorkshopHosting } from '../hub/WorkshopHosting';

/** The built renderer, served by the hub to participants who join from a browser. */
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

/** One mDNS socket for announcing this laptop's hub and listing the others. */
const discovery = onDemandDiscovery(() => createBonjourDiscovery(consoleHubLogger));
const nearbyHubs = new NearbyHubs(discovery);
let hosting: WorkshopHosting | undefined;

/**
 * Starts this laptop's LAN hub on first use and shares the workshop through it. The hub keeps
 * its copy under userData, so a restarted host serves the room before anyone re-syncs, and comes
 * back at the address and with the code the room is reconnecting to (`HostingMemory`).
 */
export function hostWorkshop(request: HostWorkshopRequest): Promise<HostingInfo> {
  hosting ??= new WorkshopHosting({
    rendererRoot: RENDERER_ROOT,
    storageDirectory: path.join(app.getPath('userData'), 'hub'),
    memory: hostingMemoryFile(path.join(app.getPath('userData'), 'hosting.json'), consoleHubLogger),
    discovery,
    logger: consoleHubLogger,
  });
  return hosting.host(request);
}

export async function stopHosting(): Promise<void> {
  await hosting?.stop();
}

export async function listHubs(): Promise<DiscoveredHub[]> {
  return nearbyHubs.list();
}

// Say goodbye over mDNS so the other laptops' Join lists drop this hub now rather than when
// its record expires (best effort: quitting does not wait for it).
app.once('will-quit', () => {
  nearbyHubs.close();
  void stopHosting().finally(() => discovery.close());
});
