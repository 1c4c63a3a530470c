import { describe, expect, it } from 'vitest';
import {
  createBonjourDiscovery,
  toDiscoveredHub,
  txtOf,
  type DiscoveredHub,
} from '../../../../main/hub/discovery';
import { HUB_PROTOCOL_VERSION } from '../../../../shared/sync/hubProtocol';
import { recordingLogger, startTestHub } from './hubTestPeers';

const announcement = {
  port: 5190,
  hostName: "Anna's laptop",
  workshopTitle: 'Payments value stream',
};

describe('hub discovery records', () => {
  it('announce the workshop, the host and the protocol version', () => {
    expect(txtOf(announcement)).toEqual({
      v: String(HUB_PROTOCOL_VERSION),
      title: 'Payments value stream',
      host: "Anna's laptop",
    });
    expect(txtOf({ ...announcement, workshopTitle: 'x'.repeat(400) }).title).toHaveLength(200);
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

describe('mDNS on this machine', () => {
  it('lets one hub see another one announce itself', async (context) => {
    const logger = recordingLogger();
    const discovery = createBonjourDiscovery(logger);
    try {
      const hub = await startTestHub({ discovery, hostName: 'Test host' });
      const seen = await new Promise<DiscoveredHub[]>((resolve) => {
        const stop = discovery.browseHubs((hubs) => {
          if (hubs.some((candidate) => candidate.name === `Test host ${hub.port}`)) {
            stop();
            resolve(hubs);
          }
        });
        setTimeout(() => {
          stop();
          resolve([]);
        }, 3000);
      });
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
});
