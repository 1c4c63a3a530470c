import { describe, expect, it } from 'vitest';
import type { HubAnnouncement, HubDiscovery } from '../../../../main/hub/discovery';
import { joinChallengeSchema } from '../../../../shared/sync/hubApiSchemas';
import { HUB_PATHS } from '../../../../shared/sync/hubProtocol';
import { hostWorkshop, joinPeer, startTestHub, until } from './hubTestPeers';

/** mDNS as the hub sees it: what it announced last. */
function recordingDiscovery(): HubDiscovery & {
  announced: () => HubAnnouncement | undefined;
  /** Every title announced, in order. */
  titles: string[];
} {
  let latest: HubAnnouncement | undefined;
  const titles: string[] = [];
  const record = (announcement: HubAnnouncement) => {
    latest = announcement;
    titles.push(announcement.workshopTitle);
  };
  return {
    announce(announcement) {
      record(announcement);
      return {
        update: record,
        stop: () => (latest = undefined),
      };
    },
    browseHubs: () => () => undefined,
    close: async () => undefined,
    announced: () => latest,
    titles,
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

  it('re-announces a title typed while hosting at most once a second, ending on the last', async () => {
    const discovery = recordingDiscovery();
    const hub = await startTestHub({ discovery, hostName: "Anna's laptop" });
    const { workshop } = await hostWorkshop(hub, joinPeer(hub.url, hub.joinCode, { name: 'anna' }));
    await until(() => discovery.announced()?.workshopTitle !== '', 3000, 'the first title');

    const typed = 'Payments value stream, current state';
    const started = performance.now();
    for (let length = 'Payments value stream'.length + 1; length <= typed.length; length++) {
      workshop.change((doc) => {
        doc.title = typed.slice(0, length);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await until(() => discovery.announced()?.workshopTitle === typed, 5000, 'the last title');
    const seconds = (performance.now() - started) / 1000;
    // 15 keystrokes in about a second: one announcement per second at most, plus the last.
    expect(discovery.titles.length - 2).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    expect(discovery.titles.at(-1)).toBe(typed);
  });
});
