import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo';
import {
  WebSocketClientAdapter,
  WebSocketServerAdapter,
} from '@automerge/automerge-repo-network-websocket';
import { getLastLocalChange } from '@automerge/automerge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import { asAdapterServer } from '../../../../main/hub/GuardedWebSocketServerAdapter';
import { applyRelayedChanges } from '../../../../shared/sync/changeRelay';
import { setSyncInterval } from '../../../../shared/sync/syncInterval';

interface Notes {
  notes: string[];
}

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A standard sync server whose Repo pushes changes at most every `intervalMs`. */
async function slowServer(
  intervalMs: number,
  onUnsupported: (reason: string) => void,
  relayedIntervalMs?: number,
) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const repo = new Repo({
    network: [new WebSocketServerAdapter(asAdapterServer(wss))],
    peerId: 'sync-server' as PeerId,
  });
  setSyncInterval(repo, intervalMs, onUnsupported, relayedIntervalMs);
  cleanups.push(
    () => new Promise((resolve) => wss.close(resolve)),
    () => repo.shutdown(),
  );
  return { repo, url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}` };
}

function client(url: string, name: string): Repo {
  const repo = new Repo({ network: [new WebSocketClientAdapter(url)], peerId: name as PeerId });
  cleanups.push(() => repo.shutdown());
  return repo;
}

const has = (handle: DocHandle<Notes>, note: string) => handle.doc().notes.includes(note);

describe('setSyncInterval', () => {
  // The test that fails when an automerge-repo upgrade changes how its DocSynchronizer throttles:
  // the hook then leaves the 100 ms in place, and the second edit arrives too soon.
  it('makes the Repo push a changed document at most once per interval', async () => {
    const onUnsupported = vi.fn();
    const server = await slowServer(1200, onUnsupported);
    const anna = client(server.url, 'anna');
    const ben = client(server.url, 'ben');
    await Promise.all([anna.networkSubsystem.whenReady(), ben.networkSubsystem.whenReady()]);
    const annas = anna.create<Notes>({ notes: [] });
    const bens = await ben.find<Notes>(annas.url);
    const servers = await server.repo.find<Notes>(annas.url);

    annas.change((doc) => {
      doc.notes.push('first');
    });
    await vi.waitFor(() => expect(has(bens, 'first')).toBe(true), { timeout: 3000, interval: 5 });
    const benHadFirst = performance.now();
    // Until Ben's and the server's exchange about it is over.
    await pause(200);
    annas.change((doc) => {
      doc.notes.push('second');
    });
    await vi.waitFor(() => expect(has(servers, 'second')).toBe(true), { timeout: 3000 });

    // At automerge-repo's 100 ms the server would push it at once, its last push being long
    // past. At 1200 ms it waits until 1200 ms after it pushed the first edit.
    await pause(200);
    if (performance.now() - benHadFirst < 900) expect(has(bens, 'second')).toBe(false);
    await vi.waitFor(() => expect(has(bens, 'second')).toBe(true), { timeout: 3000 });
    expect(onUnsupported).not.toHaveBeenCalled();
  });

  it('pushes a change the relay brought at the slower interval, any other at the usual one', async () => {
    const server = await slowServer(100, () => undefined, 1500);
    const anna = client(server.url, 'anna');
    const ben = client(server.url, 'ben');
    await Promise.all([anna.networkSubsystem.whenReady(), ben.networkSubsystem.whenReady()]);
    const annas = anna.create<Notes>({ notes: [] });
    const bens = await ben.find<Notes>(annas.url);
    const servers = await server.repo.find<Notes>(annas.url);
    // A laptop whose edits reach the server only by relay.
    const elsewhere = new Repo();
    cleanups.push(() => elsewhere.shutdown());
    const carols = elsewhere.import<Notes>((await server.repo.export(annas.url))!);
    const relayToServer = (note: string) => {
      carols.change((doc) => {
        doc.notes.push(note);
      });
      applyRelayedChanges(servers, [getLastLocalChange(carols.doc())!]);
    };

    relayToServer('first relayed');
    await vi.waitFor(() => expect(has(bens, 'first relayed')).toBe(true), { timeout: 3000 });
    const benHadFirst = performance.now();
    await pause(200);
    relayToServer('second relayed');
    await pause(400);
    // At the usual 100 ms the server would have pushed it long ago.
    if (performance.now() - benHadFirst < 1200) expect(has(bens, 'second relayed')).toBe(false);
    await vi.waitFor(() => expect(has(bens, 'second relayed')).toBe(true), { timeout: 3000 });

    // Anna's edit comes to the server by sync: pushed on at the usual interval.
    annas.change((doc) => {
      doc.notes.push('by sync');
    });
    const sent = performance.now();
    await vi.waitFor(() => expect(has(bens, 'by sync')).toBe(true), { timeout: 3000, interval: 5 });
    expect(performance.now() - sent).toBeLessThan(1000);
  });

  it('says so, rather than failing, when automerge-repo is not built the way it expects', () => {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    Object.assign(repo.synchronizer, { docSynchronizers: new Map() });
    const onUnsupported = vi.fn();

    setSyncInterval(repo, 800, onUnsupported);

    expect(onUnsupported).toHaveBeenCalledWith(expect.stringContaining('synchronizer'));
  });

  it('refuses a Repo that has opened documents already', () => {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    repo.create<Notes>({ notes: [] });
    expect(() => setSyncInterval(repo, 800, () => undefined)).toThrow(/before the Repo opens/);
  });
});
