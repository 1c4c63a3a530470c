import type { HubAdvert, HubDiscovery } from './discovery';
import type { HostedWorkshops } from './HostedWorkshops';

/**
 * Re-announcing is a new mDNS record and a 750 ms probe; a coach typing the workshop's title
 * while hosting re-announced on every keystroke. At most one per this interval, the latest title.
 */
export const REANNOUNCE_INTERVAL_MS = 1000;

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
  let announcedAt = performance.now();
  let due: NodeJS.Timeout | undefined;
  const advert = discovery.announce(announced);
  const reannounce = () => {
    due = undefined;
    const next = announcement();
    if (next.workshopTitle === announced.workshopTitle) return;
    announced = next;
    announcedAt = performance.now();
    advert.update(next);
  };
  workshops.onListChanged = () => {
    due ??= setTimeout(
      reannounce,
      Math.max(0, announcedAt + REANNOUNCE_INTERVAL_MS - performance.now()),
    );
  };
  return {
    update: advert.update,
    stop() {
      clearTimeout(due);
      advert.stop();
    },
  };
}
