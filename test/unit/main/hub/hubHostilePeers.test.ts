import { cbor } from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../../../main/hub/startHub';
import {
  hostWorkshop,
  joinedRawSocket,
  joinPeer,
  openRawSocket,
  seen,
  startTestHub,
  syncUrlFor,
  until,
  type LoggedEvent,
} from './hubTestPeers';

/** Anna hosts a workshop and Ben follows it, so a test can show the hub still serves them. */
async function roomWithTwoPeers(hub: Hub) {
  const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
  const { map } = await hostWorkshop(hub, anna);
  const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
  const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);
  let edits = 0;
  return {
    /** Anna edits; resolves when Ben has the edit. */
    async stillSyncs(): Promise<void> {
      const note = `edit ${++edits}`;
      map.change((doc) => {
        doc.steps[0]!.note = note;
      });
      await until(() => bensMap.doc().steps[0]?.note === note, 3000, 'the edit to reach Ben');
    },
  };
}

const closedFor = (reason: string) => (event: LoggedEvent) =>
  event.event === 'connection closed' && event.details.reason === reason;

describe('a hostile or broken peer', () => {
  it('is disconnected for a frame over the size limit; the others keep syncing', async () => {
    const hub = await startTestHub({ limits: { maxFrameBytes: 64 * 1024 } });
    const room = await roomWithTwoPeers(hub);
    const raw = await joinedRawSocket(hub);

    raw.socket.send(new Uint8Array(100 * 1024));

    expect((await raw.closed).code).toBe(1009);
    await until(() => hub.logger.events.some(closedFor('frame-too-large')));
    await room.stillSyncs();
  });

  const peerId = 'raw-peer';
  const documentId = '4NMNnkMhL8jXrkkrwdSe1FkLaLpj';
  it.each([
    ['not CBOR', new Uint8Array([0xff, 0xfe, 0x00, 0x17]), 1007, 'not-cbor'],
    [
      'of an unknown type',
      cbor.encode({ type: 'take-over', senderId: peerId }),
      1008,
      'unknown-type',
    ],
    [
      'a sync frame without its data',
      cbor.encode({ type: 'sync', senderId: peerId, targetId: 'hub', documentId }),
      1007,
      'malformed',
    ],
    [
      'a sync frame whose data is no sync message',
      cbor.encode({
        type: 'sync',
        senderId: peerId,
        targetId: 'hub',
        documentId,
        data: new Uint8Array([1, 2, 3]),
      }),
      1007,
      'malformed-payload',
    ],
    [
      'speaking for another peer',
      cbor.encode({ type: 'doc-unavailable', senderId: 'anna', targetId: 'hub', documentId }),
      1008,
      'wrong-sender',
    ],
  ])('is disconnected for a frame %s', async (_what, frame, code, reason) => {
    const hub = await startTestHub();
    const room = await roomWithTwoPeers(hub);
    const raw = await joinedRawSocket(hub, peerId);

    raw.socket.send(frame);

    expect(await raw.closed).toEqual({ code, reason });
    expect(hub.logger.events.some(closedFor(reason))).toBe(true);
    await room.stillSyncs();
  });

  it('is disconnected for a flood of frames', async () => {
    const hub = await startTestHub({ limits: { framesPerSecond: 50, frameBurst: 100 } });
    const room = await roomWithTwoPeers(hub);
    const raw = await joinedRawSocket(hub, peerId);

    const frame = cbor.encode({
      type: 'doc-unavailable',
      senderId: peerId,
      targetId: 'hub',
      documentId,
    });
    for (let i = 0; i < 500 && raw.socket.readyState === raw.socket.OPEN; i++)
      raw.socket.send(frame);

    expect(await raw.closed).toEqual({ code: 1008, reason: 'flood' });
    await room.stillSyncs();
  });

  it('is disconnected when it never says who it is', async () => {
    const hub = await startTestHub({ limits: { joinTimeoutMs: 200 } });
    const raw = openRawSocket(await syncUrlFor(hub));
    expect(await raw.outcome).toBe('open');
    expect(await raw.closed).toEqual({ code: 1008, reason: 'no-join' });
  });
});

describe('too many connections', () => {
  it('refuses connections beyond the limit for one address with 429', async () => {
    const hub = await startTestHub({ limits: { maxConnectionsPerAddress: 3, maxConnections: 10 } });
    const accepted = [];
    for (let i = 0; i < 3; i++) accepted.push(await openRawSocket(await syncUrlFor(hub)).outcome);
    expect(accepted).toEqual(['open', 'open', 'open']);
    expect(await openRawSocket(await syncUrlFor(hub)).outcome).toBe(429);
    expect(hub.stats().connections).toBe(3);
  });

  it('refuses connections beyond the hub total with 503, and takes them again once some close', async () => {
    const hub = await startTestHub({ limits: { maxConnectionsPerAddress: 10, maxConnections: 2 } });
    const first = openRawSocket(await syncUrlFor(hub));
    expect(await first.outcome).toBe('open');
    expect(await openRawSocket(await syncUrlFor(hub)).outcome).toBe('open');
    expect(await openRawSocket(await syncUrlFor(hub)).outcome).toBe(503);

    first.socket.close();
    await until(() => hub.stats().connections === 1);
    expect(await openRawSocket(await syncUrlFor(hub)).outcome).toBe('open');
  });

  it('survives 200 upgrade attempts without a token and still serves its peers', async () => {
    const hub = await startTestHub();
    const room = await roomWithTwoPeers(hub);
    const wsUrl = `${hub.url.replace('http', 'ws')}/sync`;

    const outcomes: (number | 'open')[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const attempts = Array.from({ length: 20 }, () => openRawSocket(wsUrl).outcome);
      outcomes.push(...(await Promise.all(attempts)));
    }

    expect(outcomes).toEqual(Array(200).fill(401));
    expect(hub.stats().connections).toBe(2);
    await room.stillSyncs();
  });
});
