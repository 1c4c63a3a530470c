import { describe, expect, it } from 'vitest';
import type { HubAnnouncement, HubDiscovery } from '../../../../main/hub/discovery';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HUB_PATHS } from '../../../../shared/sync/hubProtocol';
import { hostWorkshop, joinPeer, startTestHub, until } from './hubTestPeers';

/** mDNS as the hub sees it: what it announced last. */
function recordingDiscovery(): HubDiscovery & { announced: () => HubAnnouncement | undefined } {
  let latest: HubAnnouncement | undefined;
  return {
    announce(announcement) {
      latest = announcement;
      return {
        update: (next) => (latest = next),
        stop: () => (latest = undefined),
      };
    },
    browseHubs: () => () => undefined,
    close: async () => undefined,
    announced: () => latest,
  };
}

describe('what the hub tells the room', () => {
  it("announces the workshop's title once the host's laptop has synced it", async () => {
    const discovery = recordingDiscovery();
    const hub = await startTestHub({ discovery, hostName: "Anna's laptop" });
    expect(discovery.announced()).toMatchObject({ hostName: "Anna's laptop", workshopTitle: '' });

    // The workshop document reaches the hub in one sync message, before its handle is ready.
    await hostWorkshop(hub, joinPeer(hub.url, hub.joinCode, { name: 'anna' }));

    await until(
      () => discovery.announced()?.workshopTitle === 'Payments value stream',
      3000,
      'the title in the announcement',
    );
    const challenge = await fetch(`${hub.url}${HUB_PATHS.challenge}`);
    const { hub: listed } = joinChallengeSchema.parse(await challenge.json());
    expect(listed.workshops.map(({ title }) => title)).toEqual(['Payments value stream']);
  });
});
