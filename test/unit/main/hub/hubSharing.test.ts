import { cbor } from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';
import {
  hostWorkshop,
  joinedRawSocket,
  joinPeer,
  seen,
  startTestHub,
  until,
  type StepsDoc,
} from './hubTestPeers';

describe('what a hub shares', () => {
  it('gives nothing of a document outside its hosted workshops', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    await hostWorkshop(hub, anna);
    const privateNotes = anna.repo.create({ text: 'not for the room' });

    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    await ben.connected();
    await expect(ben.repo.find(privateNotes.url)).rejects.toThrow(/unavailable/);

    const raw = await joinedRawSocket(hub);
    raw.socket.send(
      cbor.encode({
        type: 'request',
        senderId: 'raw-peer',
        targetId: 'hub',
        documentId: privateNotes.documentId,
        data: new Uint8Array([0x42, 0, 0, 0, 0]),
      }),
    );
    await until(() =>
      raw.received.some((frame) => (frame as { type: string }).type === 'doc-unavailable'),
    );
    const aboutNotes = raw.received.filter(
      (frame) => (frame as { documentId?: string }).documentId === privateNotes.documentId,
    );
    expect(aboutNotes).toEqual([
      expect.objectContaining({ type: 'doc-unavailable', documentId: privateNotes.documentId }),
    ]);
    expect(hub.stats().unsharedRequests).toBeGreaterThan(0);
  });

  it('shares an artefact a participant adds, with everyone', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { workshop } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const carol = joinPeer(hub.url, hub.joinCode, { name: 'carol' });
    const bensWorkshop = await seen(ben, workshop, (doc) => doc.artefacts.length === 1);
    const carolsWorkshop = await seen(carol, workshop, (doc) => doc.artefacts.length === 1);

    const orgDesign = ben.repo.create({ teams: ['Payments'] });
    bensWorkshop.change((doc) => {
      doc.artefacts.push({ url: orgDesign.url, kind: 'orgDesign', addedAt: 2 });
    });

    // As the app does: open an artefact once the workshop lists it.
    await until(
      () => workshop.doc().artefacts.length === 2 && carolsWorkshop.doc().artefacts.length === 2,
    );
    await seen(anna, orgDesign, (doc) => doc.teams[0] === 'Payments');
    await seen(carol, orgDesign, (doc) => doc.teams[0] === 'Payments');
  });

  it('fetches a new artefact as soon as it is listed, though its first sync was refused', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { workshop } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const bensWorkshop = await seen(ben, workshop, (doc) => doc.artefacts.length === 1);

    const refusedBefore = hub.stats().unsharedRequests;
    const secondMap = anna.repo.create<StepsDoc>({ steps: [{ name: 'Code review', note: '' }] });
    // Anna announces the new document at once; the hub refuses it, as it is not listed yet.
    await until(
      () => hub.stats().unsharedRequests > refusedBefore,
      3000,
      'the hub to refuse the unlisted map',
    );
    workshop.change((doc) => {
      doc.artefacts.push({ url: secondMap.url, kind: 'valueStreamMap', addedAt: 2 });
    });

    await until(
      () => bensWorkshop.doc().artefacts.length === 2,
      3000,
      'Ben to see the new map listed',
    );
    // Anna closes her laptop right away: the map must already be on the hub.
    await new Promise((resolve) => setTimeout(resolve, 300));
    anna.connection.stop();
    await seen(ben, secondMap, (doc) => doc.steps[0]?.name === 'Code review');
  });
});
