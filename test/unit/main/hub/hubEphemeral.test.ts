import { getHeads } from '@automerge/automerge';
import { describe, expect, it, vi } from 'vitest';
import { RELAYED_CHANGES_TYPE, startChangeRelay } from '../../../../shared/sync/changeRelay';
import { hostWorkshop, joinPeer, seen, startTestHub, until } from './hubTestPeers';

async function annaAndBenOnOneMap() {
  const hub = await startTestHub();
  const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
  const { map } = await hostWorkshop(hub, anna);
  const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
  const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);
  return { hub, anna, map, bensMap };
}

describe('ephemeral messages through the hub', () => {
  it('relays presence to the other peers of the document, without changing it', async () => {
    const { hub, anna, map, bensMap } = await annaAndBenOnOneMap();
    const received: { senderId: string; message: unknown }[] = [];
    bensMap.on('ephemeral-message', ({ senderId, message }) =>
      received.push({ senderId, message }),
    );
    const headsBefore = getHeads(bensMap.doc());

    map.broadcast({ cursor: { step: 1 }, name: 'Anna' });

    await until(() => received.length === 1, 3000, 'the presence message');
    expect(received[0]).toEqual({
      senderId: anna.repo.peerId,
      message: { cursor: { step: 1 }, name: 'Anna' },
    });
    expect(getHeads(bensMap.doc())).toEqual(headsBefore);
    expect(getHeads(map.doc())).toEqual(headsBefore);
    expect(hub.stats().relayedChangesApplied).toBe(0);
    // Ben's automerge-repo passes the message back to the hub, as it does with every ephemeral
    // message; the hub drops that echo and keeps Ben connected.
    await until(() => hub.stats().echoesDropped === 1, 3000, 'the echo');
    expect(hub.logger.events.filter(({ event }) => event === 'connection closed')).toEqual([]);
  });

  it('carries each edit at once when peers relay changes, applied by the hub first', async () => {
    const { hub, map, bensMap } = await annaAndBenOnOneMap();
    const stopAnna = startChangeRelay(map);
    const stopBen = startChangeRelay(bensMap);
    const relayed: unknown[] = [];
    bensMap.on('ephemeral-message', ({ message }) => relayed.push(message));
    const bensBroadcasts = vi.spyOn(bensMap, 'broadcast');

    map.change((doc) => {
      doc.steps[1]!.name = 'Release';
    });

    await until(() => bensMap.doc().steps[1]?.name === 'Release', 3000, 'the edit');
    expect(relayed).toEqual([{ type: RELAYED_CHANGES_TYPE, changes: [expect.any(Uint8Array)] }]);
    expect(hub.stats().relayedChangesApplied).toBe(1);
    // The hub sends relayed edits on in its own name, so nobody passes them back to it.
    expect(hub.stats().echoesDropped).toBe(0);
    // Ben passes on only his own edits, never the ones he received.
    expect(bensBroadcasts).not.toHaveBeenCalled();
    expect(hub.logger.events.filter(({ event }) => event === 'connection closed')).toEqual([]);
    stopAnna();
    stopBen();
  });
});
