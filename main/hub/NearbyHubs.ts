import type { DiscoveredHub as ListedHub } from '../../shared/ipc/contract';
import { discoveredHubSchema, MAX_LISTED_HUBS } from '../../shared/ipc/ipcSchemas';
import type { DiscoveredHub, HubDiscovery } from './discovery';

/**
 * The hubs announced on this network, for the Join list: one mDNS browse, started when the
 * list is first asked for and kept running, so later calls answer at once.
 */
export class NearbyHubs {
  #hubs: ListedHub[] = [];
  #stopBrowsing: (() => void) | undefined;

  constructor(private readonly discovery: HubDiscovery) {}

  /** The hubs in view now; the first call starts looking, so it usually lists none yet. */
  list(): ListedHub[] {
    this.#stopBrowsing ??= this.discovery.browseHubs((hubs) => {
      this.#hubs = hubs.flatMap(toListedHub).slice(0, MAX_LISTED_HUBS);
    });
    return this.#hubs;
  }

  close(): void {
    this.#stopBrowsing?.();
    this.#stopBrowsing = undefined;
    this.#hubs = [];
  }
}

/** Anyone on the network can announce anything: only well-formed hubs are listed. */
function toListedHub(hub: DiscoveredHub): ListedHub[] {
  const listed = discoveredHubSchema.safeParse({
    name: hub.name,
    hubUrl: hub.url,
    hostName: hub.hostName,
    workshopTitle: hub.workshopTitle,
    protocolVersion: hub.protocolVersion,
  });
  return listed.success ? [listed.data] : [];
}
