import { cbor } from '@automerge/automerge-repo';
import { generateSyncMessage, initSyncState } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { hostWorkshop, joinedRawSocket, joinPeer, seen, startTestHub, until } from './hubTestPeers';

describe('sync messages of a peer that is in step', () => {
  it('reach automerge-repo at most once per interval, and hold nobody else up', async () => {
    const hub = await startTestHub({ syncIntervalMs: 500 });
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { map } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    // Ben got the map through the hub, so the hub has every head of Anna's copy.
    const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);
    const raw = await joinedRawSocket(hub, 'carol');
    const syncFrame = (data: Uint8Array) =>
      cbor.encode({
        type: 'sync',
        senderId: 'carol',
        targetId: 'hub',
        documentId: map.documentId,
        data,
      });
    // What a peer with Anna's copy says: these heads, nothing needed.
    const inStep = generateSyncMessage(map.doc(), initSyncState())[1]!;

    for (let i = 0; i < 5; i++) raw.socket.send(syncFrame(inStep));
    // The first goes through; of the four that follow within the interval only the last will.
    await until(() => hub.stats().syncMessagesReplaced === 3, 3000, 'the pacer');

    // A message with a head the hub lacks goes through at once: Ben's edit reaches Anna.
    bensMap.change((doc) => {
      doc.steps[0]!.note = 'from Ben';
    });
    await until(() => map.doc().steps[0]?.note === 'from Ben', 3000, 'Ben’s edit');
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect(hub.stats().syncMessagesReplaced).toBe(3);
  });
});
