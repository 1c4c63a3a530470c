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

/**
 * DNS-SD counts in UTF-8 bytes: an instance name is at most 63, a TXT entry (`key=value`) at most
 * 255. bonjour-service publishes a longer one without an error, and nobody sees the hub — a
 * coach whose name or workshop title is in Japanese, or long with accents, would host a workshop
 * the room cannot find.
 */
const MAX_INSTANCE_NAME_BYTES = 63;
const MAX_TXT_ENTRY_BYTES = 255;

/** The hub's mDNS instance name: the host's name and the port, which keeps two hubs on one laptop apart. */
export function instanceNameOf(announcement: Pick<HubAnnouncement, 'hostName' | 'port'>): string {
  const port = ` ${announcement.port}`;
  return `${cutToBytes(announcement.hostName, MAX_INSTANCE_NAME_BYTES - port.length)}${port}`;
}

/** The TXT record of a hub's announcement. */
export function txtOf(announcement: HubAnnouncement): Record<string, string> {
  const entry = (key: string, value: string) =>
    cutToBytes(value, MAX_TXT_ENTRY_BYTES - key.length - 1);
  return {
    v: String(HUB_PROTOCOL_VERSION),
    title: entry('title', announcement.workshopTitle),
    host: entry('host', announcement.hostName),
  };
}

/** The longest start of `text`, in whole code points, that is at most `maxBytes` in UTF-8. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = utf8.encode(character).length;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end);
}

const utf8 = new TextEncoder();

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
      // bonjour-service only logs a taken name, so the port is in it (`instanceNameOf`).
      name: instanceNameOf(announcement),
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
