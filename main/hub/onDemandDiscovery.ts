import type { HubDiscovery } from './discovery';

/**
 * Discovery that opens its multicast socket only when something is first announced or looked
 * for: most sessions of the app never host or open the Join list.
 */
export function onDemandDiscovery(create: () => HubDiscovery): HubDiscovery {
  let discovery: HubDiscovery | undefined;
  const open = () => (discovery ??= create());
  return {
    announce: (announcement) => open().announce(announcement),
    browseHubs: (onChange) => open().browseHubs(onChange),
    async close() {
      const opened = discovery;
      discovery = undefined;
      await opened?.close();
    },
  };
}
