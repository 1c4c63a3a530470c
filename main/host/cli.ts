import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBonjourDiscovery } from '../hub/discovery';
import { hostingMemoryFile } from '../hub/HostingMemory';
import { consoleHubLogger } from '../hub/HubLogger';
import { NearbyHubs } from '../hub/NearbyHubs';
import { onDemandDiscovery } from '../hub/onDemandDiscovery';
import { WorkshopHosting } from '../hub/WorkshopHosting';
import { startBrowserHost } from './BrowserHost';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');
if (!existsSync(path.join(root, 'index.html'))) {
  console.error('Obeya: the renderer is not built yet. Run "npm run web" (it builds first).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5190);
// Hosting here works as in the app, except that the hub keeps its copy in memory: the host's
// own browser holds the workshop and brings it back when a restarted hub is joined again. Where
// the last hub listened, and with which code, is kept in OBEYA_HOME (~/.obeya by default).
const home = process.env.OBEYA_HOME ?? path.join(os.homedir(), '.obeya');
const discovery = onDemandDiscovery(() => createBonjourDiscovery(consoleHubLogger));
const hosting = new WorkshopHosting({
  rendererRoot: root,
  discovery,
  logger: consoleHubLogger,
  memory: hostingMemoryFile(path.join(home, 'hosting.json'), consoleHubLogger),
});
const nearbyHubs = new NearbyHubs(discovery);
const host = await startBrowserHost({
  root,
  port,
  host: process.env.HOST ?? '127.0.0.1',
  hosting,
  nearbyHubs,
});
console.log(`Obeya is running at ${host.url}  (Ctrl+C to stop)`);

// Stop the hub and say goodbye over mDNS, so the room's Join lists drop it at once.
const shutDown = async () => {
  nearbyHubs.close();
  await hosting.stop();
  await discovery.close();
  await host.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutDown());
process.once('SIGTERM', () => void shutDown());
