import { updateText } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { hostWorkshop, joinPeer, seen, startTestHub, until, type StepsDoc } from './hubTestPeers';

describe('hub sync', () => {
  it('brings a hosted workshop and its artefacts to a peer that joins later', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { workshop, map } = await hostWorkshop(hub, anna);

    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const bensWorkshop = await seen(ben, workshop, (doc) => doc.artefacts.length === 1);
    const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);
    expect(bensWorkshop.doc().title).toBe('Payments value stream');
    expect(bensMap.doc().steps[0]?.name).toBe('Step 0');
  });

  it('keeps both of two concurrent edits to different fields of one step', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { map } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);

    map.change((doc) => {
      doc.steps[1]!.name = 'Build';
    });
    bensMap.change((doc) => {
      doc.steps[1]!.note = 'flaky tests';
    });

    const merged = (doc: StepsDoc) =>
      doc.steps[1]?.name === 'Build' && doc.steps[1]?.note === 'flaky tests';
    await until(
      () => merged(map.doc()) && merged(bensMap.doc()),
      3000,
      'both edits on both laptops',
    );
  });

  it('merges two people typing in one text field at the same time', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { map } = await hostWorkshop(hub, anna);
    map.change((doc) => {
      doc.steps[0]!.note = 'Deploy';
    });
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const bensMap = await seen(ben, map, (doc) => doc.steps[0]?.note === 'Deploy');

    map.change((doc) => updateText(doc, ['steps', 0, 'note'], 'Deploy weekly'));
    bensMap.change((doc) => updateText(doc, ['steps', 0, 'note'], 'Manual Deploy'));

    await until(
      () =>
        map.doc().steps[0]?.note === bensMap.doc().steps[0]?.note &&
        map.doc().steps[0]!.note.length > 13,
      3000,
      'the typing to merge',
    );
    expect(map.doc().steps[0]?.note).toBe('Manual Deploy weekly');
  });

  it('merges edits made while a laptop was offline when it reconnects', async () => {
    const hub = await startTestHub();
    const anna = joinPeer(hub.url, hub.joinCode, { name: 'anna' });
    const { map } = await hostWorkshop(hub, anna);
    const ben = joinPeer(hub.url, hub.joinCode, { name: 'ben' });
    const bensMap = await seen(ben, map, (doc) => doc.steps.length === 3);

    ben.connection.stop();
    bensMap.change((doc) => {
      doc.steps[2]!.note = 'written offline';
    });
    map.change((doc) => {
      doc.steps[0]!.note = 'written online';
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(map.doc().steps[2]?.note).toBe('');

    ben.connection.start();
    const converged = (doc: StepsDoc) =>
      doc.steps[0]?.note === 'written online' && doc.steps[2]?.note === 'written offline';
    await until(() => converged(map.doc()) && converged(bensMap.doc()), 3000, 'convergence');
  });
});
