import {
  NetworkAdapter,
  type Message,
  type NetworkAdapterInterface,
} from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';
import { HubConnection, type HubConnectionStatus } from '../../../../shared/sync/HubConnection';
import { HubJoinError, joinHub, type HubFetch } from '../../../../shared/sync/joinHub';
import { computeJoinProof } from '../../../../shared/sync/joinProof';

const CODE = 'K7Q2M9XD';
const HUB_URL = 'http://10.0.0.7:5190';

/** Stands in for the hub's two API calls; `answer` overrides the join response. */
function fakeHub(answer?: { status: number; body: unknown }) {
  let issued = 0;
  const fetch: HubFetch = async (url, init) => {
    if (url.endsWith('/api/join/challenge')) {
      const nonce = String(++issued).padStart(64, '0');
      return json(200, { nonce, hub: { name: 'Anna', protocolVersion: 1, workshops: [] } });
    }
    if (answer) return json(answer.status, answer.body);
    const { nonce, proof } = JSON.parse(init?.body ?? '{}') as { nonce: string; proof: string };
    return proof === computeJoinProof(CODE, nonce)
      ? json(200, { token: nonce.replace(/^0+/, '').padStart(64, 'a'), expiresInMs: 30_000 })
      : json(403, { error: 'wrong-join-code' });
  };
  return fetch;
}

function json(status: number, body: unknown) {
  return { status, json: async () => body };
}

class FakeAdapter extends NetworkAdapter {
  constructor(readonly url: string) {
    super();
  }
  isReady = () => true;
  whenReady = async () => undefined;
  connect(): void {}
  send(_message: Message): void {}
  disconnect(): void {}
}

/** A HubConnection over fakes, with timers the test runs by hand. */
function connectionTo(fetch: HubFetch) {
  const adapters: FakeAdapter[] = [];
  const plugged = new Set<NetworkAdapterInterface>();
  const timers: { callback: () => void; delayMs: number }[] = [];
  const statuses: HubConnectionStatus[] = [];
  const connection = new HubConnection({
    hubUrl: HUB_URL,
    joinCode: CODE,
    peerName: 'Ben',
    fetch,
    network: {
      addNetworkAdapter: (adapter) => plugged.add(adapter),
      removeNetworkAdapter: (adapter) => plugged.delete(adapter),
    },
    createAdapter: (url) => {
      const adapter = new FakeAdapter(url);
      adapters.push(adapter);
      return adapter;
    },
    timers: {
      set: (callback, delayMs) => timers.push({ callback, delayMs }) - 1,
      clear: (index) => {
        timers[index as number] = { callback: () => undefined, delayMs: -1 };
      },
    },
    random: () => 0,
    onStatus: (status) => statuses.push(status),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Runs the latest pending timer, as if its delay had passed. */
  const elapse = async () => {
    const timer = timers.findLast(({ delayMs }) => delayMs >= 0);
    if (!timer) throw new Error('no timer pending');
    timer.delayMs = -1;
    timer.callback();
    await settle();
  };
  return { connection, adapters, plugged, timers, statuses, settle, elapse };
}

describe('HubConnection', () => {
  it('plugs in a sync adapter for the granted token and reports connected when the hub answers', async () => {
    const hub = connectionTo(fakeHub());
    hub.connection.start();
    await hub.settle();
    expect(hub.adapters.map(({ url }) => url)).toEqual([
      `ws://10.0.0.7:5190/sync?token=${'a'.repeat(63)}1`,
    ]);
    expect([...hub.plugged]).toEqual(hub.adapters);

    hub.adapters[0]!.emit('peer-candidate', { peerId: 'hub' as never, peerMetadata: {} });
    expect(hub.connection.status).toMatchObject({ state: 'connected', hub: { name: 'Anna' } });
  });

  it('reconnects with a new handshake after losing the hub, waiting longer each time', async () => {
    const hub = connectionTo(fakeHub());
    hub.connection.start();
    await hub.settle();
    hub.adapters[0]!.emit('peer-candidate', { peerId: 'hub' as never, peerMetadata: {} });

    hub.adapters[0]!.emit('peer-disconnected', { peerId: 'hub' as never });
    expect(hub.plugged.size).toBe(0);
    expect(hub.connection.status).toEqual({
      state: 'offline',
      reason: 'disconnected',
      retryInMs: 250,
    });

    await hub.elapse();
    expect(hub.adapters).toHaveLength(2);
    expect(hub.adapters[1]!.url).not.toBe(hub.adapters[0]!.url);
    hub.adapters[1]!.emit('close');
    expect(hub.connection.status).toEqual({
      state: 'offline',
      reason: 'disconnected',
      retryInMs: 500,
    });
  });

  it('gives up on a WebSocket the hub never answers', async () => {
    const hub = connectionTo(fakeHub());
    hub.connection.start();
    await hub.settle();
    expect(hub.timers.at(-1)?.delayMs).toBe(5000);
    await hub.elapse();
    expect(hub.plugged.size).toBe(0);
    expect(hub.connection.status).toEqual({
      state: 'offline',
      reason: 'unreachable',
      retryInMs: 250,
    });
  });

  it('stops for good on a wrong join code', async () => {
    const hub = connectionTo(fakeHub({ status: 403, body: { error: 'wrong-join-code' } }));
    hub.connection.start();
    await hub.settle();
    expect(hub.connection.status).toEqual({ state: 'refused', reason: 'wrong-join-code' });
    expect(hub.timers).toEqual([]);
  });

  it('waits as long as the hub asks after too many attempts', async () => {
    const hub = connectionTo(
      fakeHub({ status: 429, body: { error: 'too-many-attempts', retryAfterSeconds: 42 } }),
    );
    hub.connection.start();
    await hub.settle();
    expect(hub.connection.status).toEqual({
      state: 'offline',
      reason: 'too-many-attempts',
      retryInMs: 42_000,
    });
  });

  it('tries again at once when asked while waiting, but not while the hub asks to wait', async () => {
    const hub = connectionTo(fakeHub());
    hub.connection.start();
    await hub.settle();
    hub.adapters[0]!.emit('peer-candidate', { peerId: 'hub' as never, peerMetadata: {} });
    hub.connection.retryNow();
    expect(hub.adapters).toHaveLength(1);

    hub.adapters[0]!.emit('peer-disconnected', { peerId: 'hub' as never });
    hub.connection.retryNow();
    await hub.settle();
    expect(hub.adapters).toHaveLength(2);
    // The wait it cut short is cancelled, not run later as a second attempt.
    expect(hub.timers.filter(({ delayMs }) => delayMs >= 0).map(({ delayMs }) => delayMs)).toEqual([
      5000,
    ]);

    const limited = connectionTo(
      fakeHub({ status: 429, body: { error: 'too-many-attempts', retryAfterSeconds: 42 } }),
    );
    limited.connection.start();
    await limited.settle();
    limited.connection.retryNow();
    await limited.settle();
    expect(limited.connection.status).toMatchObject({ state: 'offline', retryInMs: 42_000 });
    expect(limited.timers).toHaveLength(1);
  });

  it('unplugs and stays quiet once stopped', async () => {
    const hub = connectionTo(fakeHub());
    hub.connection.start();
    await hub.settle();
    hub.connection.stop();
    expect(hub.plugged.size).toBe(0);
    expect(hub.connection.status).toEqual({ state: 'stopped' });
    hub.adapters[0]!.emit('peer-disconnected', { peerId: 'hub' as never });
    expect(hub.connection.status).toEqual({ state: 'stopped' });
  });
});

describe('joinHub', () => {
  it('says why it failed', async () => {
    const unreachable: HubFetch = () => Promise.reject(new TypeError('fetch failed'));
    const notAHub: HubFetch = async () => json(200, { hello: 'world' });
    const options = { hubUrl: HUB_URL, joinCode: CODE, peerName: 'Ben' };
    await expect(joinHub({ ...options, fetch: unreachable })).rejects.toEqual(
      new HubJoinError('unreachable'),
    );
    await expect(joinHub({ ...options, fetch: notAHub })).rejects.toEqual(
      new HubJoinError('not-a-hub'),
    );
    await expect(joinHub({ ...options, joinCode: 'ZZZZZZZZ', fetch: fakeHub() })).rejects.toEqual(
      new HubJoinError('wrong-join-code'),
    );
  });
});
