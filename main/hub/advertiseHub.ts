import type { HubAdvert, HubDiscovery } from './discovery';
import type { HostedWorkshops } from './HostedWorkshops';

/**
 * Announces the hub over mDNS with the title of the workshop it hosts. The title appears only
 * once the host's renderer has synced the workshop document, so the hub re-announces then — and
 * when the title changes, not on every other edit of the document.
 */
export function advertiseHub(
  discovery: HubDiscovery,
  workshops: HostedWorkshops,
  port: number,
  hostName: string,
): HubAdvert {
  const announcement = () => ({
    port,
    hostName,
    workshopTitle: workshops.list().find(({ title }) => title)?.title ?? '',
  });
  let announced = announcement();
  const advert = discovery.announce(announced);
  workshops.onListChanged = () => {
    const next = announcement();
    if (next.workshopTitle === announced.workshopTitle) return;
    announced = next;
    advert.update(next);
  };
  return advert;
}
