import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DirectoryStorageAdapter } from '../../../../main/hub/DirectoryStorageAdapter';
import { hostWorkshop, joinPeer, seen, startTestHub, until, type StepsDoc } from './hubTestPeers';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'obeya-hub-restart-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a hub that goes away', () => {
  it('loses nothing: peers edit offline, and converge when the hub comes back', async () => {
    const firstHub = await startTestHub();
    const anna = joinPeer(firstHub.url, firstHub.joinCode, { name: 'anna' });
    const { workshop, map } = await hostWorkshop(firstHub, anna);
    const ben = joinPeer(firstHub.url, firstHub.joinCode, { name: 'ben' });
    const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);
    map.change((doc) => {
      doc.steps[0]!.note = 'before';
    });
    await until(() => bensMap.doc().steps[0]?.note === 'before');

    await firstHub.close();
    await until(
      () => anna.connection.status.state === 'offline' && ben.connection.status.state === 'offline',
    );
    map.change((doc) => {
      doc.steps[1]!.note = 'Anna, offline';
    });
    bensMap.change((doc) => {
      doc.steps[2]!.note = 'Ben, offline';
    });

    // Same port and join code, so the laptops' reconnection attempts find it; memory is empty.
    const secondHub = await startTestHub({ port: firstHub.port, joinCode: firstHub.joinCode });
    secondHub.addWorkshop(workshop.url);

    const everything = (doc: StepsDoc) =>
      doc.steps.map((step) => step.note).join('|') === 'before|Anna, offline|Ben, offline';
    await until(
      () => everything(map.doc()) && everything(bensMap.doc()),
      4000,
      'convergence after the restart',
    );
  });

  it('keeps the documents in its storage folder across a restart', async () => {
    const firstHub = await startTestHub({ storageDirectory: folder });
    const anna = joinPeer(firstHub.url, firstHub.joinCode, { name: 'anna' });
    const { workshop, map } = await hostWorkshop(firstHub, anna);
    map.change((doc) => {
      doc.steps[0]!.note = 'kept on the hub';
    });
    const ben = joinPeer(firstHub.url, firstHub.joinCode, { name: 'ben' });
    await seen(ben, map, (doc) => doc.steps[0]?.note === 'kept on the hub');
    anna.connection.stop();
    ben.connection.stop();
    await pause(200);
    await firstHub.close();

    const secondHub = await startTestHub({ storageDirectory: folder });
    secondHub.addWorkshop(workshop.url);
    // Carol has never seen the workshop, and nobody who has is online: only the folder has it.
    const carol = joinPeer(secondHub.url, secondHub.joinCode, { name: 'carol' });
    const carolsWorkshop = await seen(carol, workshop, (doc) => doc.artefacts.length === 1);
    const carolsMap = await seen(carol, map, (doc) => doc.steps[0]?.note === 'kept on the hub');
    expect(carolsWorkshop.doc().title).toBe('Payments value stream');
    expect(carolsMap.doc().steps).toHaveLength(3);
  });
});

describe('a hub with a storage folder', () => {
  it('keeps no per-peer sync state, so it writes only when documents change', async () => {
    const hubFolder = path.join(folder, 'hub');
    const hub = await startTestHub({ storageDirectory: hubFolder });
    // Laptops with storage, as the app's are: they present a storage id when they join.
    const laptop = (name: string) => ({
      name,
      storage: new DirectoryStorageAdapter(path.join(folder, name)),
    });
    const anna = joinPeer(hub.url, hub.joinCode, laptop('anna'));
    const { map } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, laptop('ben'));
    await seen(ben, map, (doc) => doc.steps.length === 3);
    await pause(300);

    const keys = (await new DirectoryStorageAdapter(hubFolder).loadRange([])).map(({ key }) => key);
    expect(keys.some((key) => key.includes('snapshot') || key.includes('incremental'))).toBe(true);
    expect(keys.filter((key) => key.includes('sync-state'))).toEqual([]);
  });
});
