import { describe, expect, it } from 'vitest';
import type { DiscoveredHub, HubDiscovery } from '../../../../main/hub/discovery';
import { NearbyHubs } from '../../../../main/hub/NearbyHubs';
import { MAX_LISTED_HUBS } from '../../../../shared/ipc/ipcSchemas';

function hub(index: number): DiscoveredHub {
  return {
    name: `Host ${index}`,
    url: `http://192.168.1.${index}:5190`,
    hostName: `Host ${index}`,
    workshopTitle: `Workshop ${index}`,
    protocolVersion: 1,
  };
}

/** Records browsing, and lets the test say what is in view. */
function fakeDiscovery() {
  const state = { browses: 0, stopped: 0, report: (_hubs: DiscoveredHub[]) => undefined as void };
  const discovery: HubDiscovery = {
    announce: () => ({ update: () => undefined, stop: () => undefined }),
    browseHubs: (onChange) => {
      state.browses += 1;
      state.report = onChange;
      return () => (state.stopped += 1);
    },
    close: async () => undefined,
  };
  return { discovery, state };
}

describe('NearbyHubs', () => {
  it('starts one browse on the first call and lists what it sees', () => {
    const { discovery, state } = fakeDiscovery();
    const nearby = new NearbyHubs(discovery);
    expect(state.browses).toBe(0);
    expect(nearby.list()).toEqual([]);
    state.report([hub(20)]);
    expect(nearby.list()).toEqual([
      {
        name: 'Host 20',
        hubUrl: 'http://192.168.1.20:5190',
        hostName: 'Host 20',
        workshopTitle: 'Workshop 20',
        protocolVersion: 1,
      },
    ]);
    expect(state.browses).toBe(1);
  });

  it('drops malformed announcements and lists at most a dialog full', () => {
    const { discovery, state } = fakeDiscovery();
    const nearby = new NearbyHubs(discovery);
    nearby.list();
    const many = Array.from({ length: MAX_LISTED_HUBS + 10 }, (_, index) => hub(index));
    state.report([
      { ...hub(1), url: 'file:///etc/passwd' },
      { ...hub(2), protocolVersion: 0 },
      ...many,
    ]);
    expect(nearby.list()).toHaveLength(MAX_LISTED_HUBS);
    expect(nearby.list()[0]?.name).toBe('Host 0');
  });

  it('stops browsing on close and starts again when asked again', () => {
    const { discovery, state } = fakeDiscovery();
    const nearby = new NearbyHubs(discovery);
    nearby.list();
    state.report([hub(3)]);
    nearby.close();
    expect(state.stopped).toBe(1);
    expect(nearby.list()).toEqual([]);
    expect(state.browses).toBe(2);
  });
});
