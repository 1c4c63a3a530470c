import { describe, expect, it } from 'vitest';
import {
  createBonjourDiscovery,
  instanceNameOf,
  toDiscoveredHub,
  txtOf,
  type DiscoveredHub,
  type HubDiscovery,
} from '../../../../main/hub/discovery';
import { HUB_PROTOCOL_VERSION } from '../../../../shared/sync/hubProtocol';
import { recordingLogger, startTestHub } from './hubTestPeers';

const announcement = {
  port: 5190,
  hostName: "Anna's laptop",
  workshopTitle: 'Payments value stream',
};

/** A coach's name and workshop title far over DNS-SD's byte limits once in UTF-8. */
const longNonAscii = {
  port: 51900,
  hostName: '山田 花子のノートパソコン'.repeat(5),
  workshopTitle:
    'Wertstrom Zahlungsverkehr — Ist-Zustand für Geschäftskunden (Übergabe, Prüfung) '.repeat(4),
};

describe('hub discovery records', () => {
  it('announce the workshop, the host and the protocol version', () => {
    expect(txtOf(announcement)).toEqual({
      v: String(HUB_PROTOCOL_VERSION),
      title: 'Payments value stream',
      host: "Anna's laptop",
    });
  });

  // DNS-SD's limits are UTF-8 bytes; bonjour-service announces a longer record without an error,
  // and no one sees it.
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  it('fit a long non-ASCII host name into the 63-byte instance name, keeping the port', () => {
    const name = instanceNameOf(longNonAscii);
    expect(bytes(name)).toBeLessThanOrEqual(63);
    expect(name).toMatch(/^山田 花子のノートパソコン.* 51900$/);
    expect(instanceNameOf(announcement)).toBe("Anna's laptop 5190");
  });

  it('fit each TXT entry into 255 bytes, cutting between characters', () => {
    const txt = txtOf(longNonAscii);
    for (const [key, value] of Object.entries(txt)) {
      expect(bytes(`${key}=${value}`)).toBeLessThanOrEqual(255);
      // A half of a character would come back from UTF-8 as U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(value))).toBe(value);
    }
    const title = txt.title ?? '';
    expect(longNonAscii.workshopTitle.startsWith(title)).toBe(true);
    expect(bytes(`title=${title}`)).toBeGreaterThan(250);
  });

  it('read back as a hub to join, preferring an IPv4 address', () => {
    const hub = toDiscoveredHub({
      name: "Anna's laptop 5190",
      port: 5190,
      addresses: ['fe80::1', '192.168.1.20'],
      txt: txtOf(announcement),
    });
    expect(hub).toEqual<DiscoveredHub>({
      name: "Anna's laptop 5190",
      url: 'http://192.168.1.20:5190',
      hostName: "Anna's laptop",
      workshopTitle: 'Payments value stream',
      protocolVersion: HUB_PROTOCOL_VERSION,
    });
  });

  it('ignore services without an address or a version', () => {
    expect(
      toDiscoveredHub({ name: 'x', port: 1, addresses: [], txt: txtOf(announcement) }),
    ).toBeNull();
    expect(
      toDiscoveredHub({ name: 'x', port: 1, addresses: ['10.0.0.1'], txt: { title: 'x' } }),
    ).toBeNull();
  });
});

/** The hubs `discovery` sees within 3 s once one is `named`, or none. */
function hubsOnceSeen(discovery: HubDiscovery, named: string): Promise<DiscoveredHub[]> {
  return new Promise((resolve) => {
    const stop = discovery.browseHubs((hubs) => {
      if (hubs.some((candidate) => candidate.name === named)) {
        stop();
        resolve(hubs);
      }
    });
    setTimeout(() => {
      stop();
      resolve([]);
    }, 3000);
  });
}

describe('mDNS on this machine', () => {
  it('lets one hub see another one announce itself', async (context) => {
    const logger = recordingLogger();
    const discovery = createBonjourDiscovery(logger);
    try {
      const hub = await startTestHub({ discovery, hostName: 'Test host' });
      const seen = await hubsOnceSeen(discovery, `Test host ${hub.port}`);
      if (seen.length === 0) {
        const errors = logger.events.map(({ details }) => details.message).join('; ');
        context.skip(
          `multicast DNS is not available here (nothing seen in 3 s${errors ? `; ${errors}` : ''})`,
        );
      }
      expect(seen.find(({ name }) => name === `Test host ${hub.port}`)).toMatchObject({
        hostName: 'Test host',
        protocolVersion: HUB_PROTOCOL_VERSION,
      });
    } finally {
      await discovery.close();
    }
  });

  it('finds a hub whose host name and workshop title are long and not ASCII', async (context) => {
    const discovery = createBonjourDiscovery(recordingLogger());
    const advert = discovery.announce(longNonAscii);
    try {
      const name = instanceNameOf(longNonAscii);
      const seen = (await hubsOnceSeen(discovery, name)).find((hub) => hub.name === name);
      if (!seen) {
        // The announcement above is what fails when the records are too long; check mDNS works.
        const control = discovery.announce({
          port: 51902,
          hostName: 'Control',
          workshopTitle: 'x',
        });
        const controlSeen = (await hubsOnceSeen(discovery, 'Control 51902')).length > 0;
        control.stop();
        if (!controlSeen) context.skip('multicast DNS is not available here');
      }
      expect(longNonAscii.hostName.startsWith(seen?.hostName ?? '-')).toBe(true);
      expect(longNonAscii.workshopTitle.startsWith(seen?.workshopTitle ?? '-')).toBe(true);
    } finally {
      advert.stop();
      await discovery.close();
    }
  });
});
