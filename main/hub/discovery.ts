import { Bonjour, type Service } from 'bonjour-service';
import { z } from 'zod';
import { HUB_PROTOCOL_VERSION, HUB_SERVICE_TYPE } from '../../shared/sync/hubProtocol';
import type { HubLogger } from './HubLogger';

/** What a hub tells the room about itself: "Workshop X on Anna's laptop". */
export interface HubAnnouncement {
  port: number;
  hostName: string;
  workshopTitle: string;
}

export interface DiscoveredHub {
  /** The mDNS instance name, unique on the LAN. */
  name: string;
  /** `http://address:port`, ready for the join handshake. */
  url: string;
  hostName: string;
  workshopTitle: string;
  protocolVersion: number;
}

export interface HubAdvert {
  update(announcement: HubAnnouncement): void;
  stop(): void;
}

/** mDNS, behind an interface so the hub runs (and is tested) where multicast is blocked. */
export interface HubDiscovery {
  announce(announcement: HubAnnouncement): HubAdvert;
  /** Calls `onChange` with every hub in view whenever one appears, changes or leaves. */
  browseHubs(onChange: (hubs: DiscoveredHub[]) => void): () => void;
  close(): Promise<void>;
}

// DNS-SD: an instance name is at most 63 bytes, each TXT entry at most 255.
const MAX_INSTANCE_NAME = 60;
const MAX_TXT_VALUE = 200;

/** The TXT record of a hub's announcement. */
export function txtOf(announcement: HubAnnouncement): Record<string, string> {
  return {
    v: String(HUB_PROTOCOL_VERSION),
    title: announcement.workshopTitle.slice(0, MAX_TXT_VALUE),
    host: announcement.hostName.slice(0, MAX_TXT_VALUE),
  };
}

const txtSchema = z.object({
  v: z.coerce.number().int().min(1),
  title: z.string().default(''),
  host: z.string().default(''),
});

/** A browsed mDNS service as a hub, or null when it has no usable address or TXT record. */
export function toDiscoveredHub(
  service: Pick<Service, 'name' | 'port' | 'addresses' | 'referer' | 'txt'>,
): DiscoveredHub | null {
  const txt = txtSchema.safeParse(service.txt);
  const address =
    service.addresses?.find((candidate) => /^\d+\.\d+\.\d+\.\d+$/.test(candidate)) ??
    service.referer?.address;
  if (!txt.success || !address) return null;
  return {
    name: service.name,
    url: `http://${address}:${service.port}`,
    hostName: txt.data.host,
    workshopTitle: txt.data.title,
    protocolVersion: txt.data.v,
  };
}

/** Hub discovery over mDNS (`_obeya._tcp`) with bonjour-service. */
export function createBonjourDiscovery(logger: HubLogger): HubDiscovery {
  // Multicast errors (no route, port in use) are reported, never thrown: sync works without mDNS.
  const bonjour = new Bonjour({}, (error: Error) =>
    logger.warn('mdns error', { message: error.message }),
  );
  const publish = (announcement: HubAnnouncement) =>
    bonjour.publish({
      // The port keeps two hubs on one laptop apart (bonjour-service only logs a taken name).
      name: `${announcement.hostName} ${announcement.port}`.slice(0, MAX_INSTANCE_NAME),
      type: HUB_SERVICE_TYPE,
      port: announcement.port,
      txt: txtOf(announcement),
    });
  return {
    announce(announcement) {
      let service = publish(announcement);
      return {
        update(next) {
          service.stop();
          service = publish(next);
        },
        stop: () => service.stop(),
      };
    },
    browseHubs(onChange) {
      const browser = bonjour.find({ type: HUB_SERVICE_TYPE });
      const report = () =>
        onChange(
          browser.services.map(toDiscoveredHub).filter((hub): hub is DiscoveredHub => hub !== null),
        );
      browser.on('up', report);
      browser.on('down', report);
      browser.on('txt-update', report);
      return () => browser.stop();
    },
    close: () => new Promise<void>((resolve) => bonjour.destroy(() => resolve())),
  };
}
