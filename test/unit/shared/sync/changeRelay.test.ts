import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo';
import {
  WebSocketClientAdapter,
  WebSocketServerAdapter,
} from '@automerge/automerge-repo-network-websocket';
import { getLastLocalChange } from '@automerge/automerge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer } from 'ws';
import { asAdapterServer } from '../../../../main/hub/GuardedWebSocketServerAdapter';
import {
  applyRelayedChanges,
  carriedByRelay,
  RELAYED_CHANGES_TYPE,
  relayedChangesMessage,
  relayedChangesOf,
  startChangeRelay,
} from '../../../../shared/sync/changeRelay';

interface Notes {
  notes: string[];
}

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A standard automerge-repo sync server (a Repo behind the stock WebSocket server adapter). */
async function standardSyncServer(): Promise<string> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const server = new Repo({
    network: [new WebSocketServerAdapter(asAdapterServer(wss))],
    peerId: 'sync-server' as PeerId,
  });
  cleanups.push(
    () => new Promise((resolve) => wss.close(resolve)),
    () => server.shutdown(),
  );
  return `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
}

function client(url: string, name: string): Repo {
  const repo = new Repo({ network: [new WebSocketClientAdapter(url)], peerId: name as PeerId });
  cleanups.push(() => repo.shutdown());
  return repo;
}

async function sharedNotes(): Promise<[DocHandle<Notes>, DocHandle<Notes>]> {
  const url = await standardSyncServer();
  const anna = client(url, 'anna');
  const ben = client(url, 'ben');
  await Promise.all([anna.networkSubsystem.whenReady(), ben.networkSubsystem.whenReady()]);
  const annas = anna.create<Notes>({ notes: [] });
  const bens = await ben.find<Notes>(annas.url);
  return [annas, bens];
}

describe('startChangeRelay', () => {
  it('delivers each edit through a standard sync server, applied on arrival', async () => {
    const [annas, bens] = await sharedNotes();
    cleanups.push(startChangeRelay(annas), startChangeRelay(bens));
    const seenOnArrival: string[][] = [];
    bens.on('ephemeral-message', ({ message }) => {
      // The relay applies what arrived together in a microtask queued before this one.
      if ((message as { type?: string }).type === RELAYED_CHANGES_TYPE)
        void Promise.resolve().then(() => seenOnArrival.push([...bens.doc().notes]));
    });

    annas.change((doc) => {
      doc.notes.push('Deploy on Fridays');
    });

    await vi.waitFor(() => expect(seenOnArrival).toEqual([['Deploy on Fridays']]));
  });

  it('broadcasts only local edits, and nothing once stopped', async () => {
    const [annas, bens] = await sharedNotes();
    const stopAnna = startChangeRelay(annas);
    cleanups.push(startChangeRelay(bens));
    const annasBroadcasts = vi.spyOn(annas, 'broadcast');

    bens.change((doc) => {
      doc.notes.push('from Ben');
    });
    await vi.waitFor(() => expect(annas.doc().notes).toEqual(['from Ben']));
    expect(annasBroadcasts).not.toHaveBeenCalled();

    annas.change((doc) => {
      doc.notes.push('from Anna');
    });
    expect(annasBroadcasts).toHaveBeenCalledTimes(1);
    stopAnna();
    annas.change((doc) => {
      doc.notes.push('after stopping');
    });
    expect(annasBroadcasts).toHaveBeenCalledTimes(1);
  });
});

describe('startChangeRelay on arrival', () => {
  /** A laptop's copy with the relay running, and another copy whose edits it receives. */
  async function laptopAndOther(): Promise<{
    laptops: DocHandle<Notes>;
    othersEdit: (note: string) => Uint8Array;
    arrive: (changes: Uint8Array[]) => void;
  }> {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    const laptops = repo.create<Notes>({ notes: [] });
    const others = repo.import<Notes>((await repo.export(laptops.url))!);
    cleanups.push(startChangeRelay(laptops));
    return {
      laptops,
      othersEdit: (note) => {
        others.change((doc) => {
          doc.notes.push(note);
        });
        return getLastLocalChange(others.doc())!;
      },
      arrive: (changes) =>
        laptops.emit('ephemeral-message', {
          handle: laptops,
          senderId: 'hub' as PeerId,
          message: relayedChangesMessage(changes),
        }),
    };
  }

  it('applies relayed changes that arrive together in one document update', async () => {
    const { laptops, othersEdit, arrive } = await laptopAndOther();
    const updates = vi.spyOn(laptops, 'update');
    const first = othersEdit('first');
    const second = othersEdit('second');

    arrive([first]);
    arrive([second]);
    await Promise.resolve();

    expect(laptops.doc().notes).toEqual(['first', 'second']);
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('leaves out its own changes sent back, and updates nothing for a message of only those', async () => {
    const { laptops, othersEdit, arrive } = await laptopAndOther();
    const broadcasts = vi.spyOn(laptops, 'broadcast');
    laptops.change((doc) => {
      doc.notes.push('mine');
    });
    const [mine] = relayedChangesOf(broadcasts.mock.calls[0]![0])!;
    const updates = vi.spyOn(laptops, 'update');

    arrive([mine!]);
    await Promise.resolve();
    expect(updates).not.toHaveBeenCalled();

    const theirs = othersEdit('theirs');
    arrive([mine!, theirs]);
    await Promise.resolve();
    expect(updates).toHaveBeenCalledTimes(1);
    expect(laptops.doc().notes).toEqual(expect.arrayContaining(['mine', 'theirs']));
  });
});

describe('relayedChangesOf', () => {
  it('reads the changes of a relay message and nothing else', () => {
    const change = new Uint8Array([1, 2, 3]);
    expect(relayedChangesOf({ type: RELAYED_CHANGES_TYPE, changes: [change] })).toEqual([change]);
    expect(relayedChangesOf({ cursor: 3 })).toBeNull();
    expect(relayedChangesOf({ type: RELAYED_CHANGES_TYPE, changes: ['text'] })).toBeNull();
    expect(relayedChangesOf({ type: RELAYED_CHANGES_TYPE, changes: [] })).toBeNull();
  });
});

describe('applyRelayedChanges', () => {
  it('applies a change made elsewhere', async () => {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    const original = repo.create<Notes>({ notes: [] });
    const copy = repo.import<Notes>((await repo.export(original.url))!);
    original.change((doc) => {
      doc.notes.push('Kaizen');
    });
    expect(applyRelayedChanges(copy, [getLastLocalChange(original.doc())!])).toBe(true);
    expect(copy.doc().notes).toEqual(['Kaizen']);
  });

  it('marks the document it makes as carried by the relay, unlike one a local edit makes', async () => {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    const original = repo.create<Notes>({ notes: [] });
    const copy = repo.import<Notes>((await repo.export(original.url))!);
    original.change((doc) => {
      doc.notes.push('relayed');
    });
    applyRelayedChanges(copy, [getLastLocalChange(original.doc())!]);
    expect(carriedByRelay(copy.doc())).toBe(true);
    copy.change((doc) => {
      doc.notes.push('local');
    });
    expect(carriedByRelay(copy.doc())).toBe(false);
  });

  it('refuses bytes that are no change, leaving the document as it was', () => {
    const repo = new Repo();
    cleanups.push(() => repo.shutdown());
    const handle = repo.create<Notes>({ notes: [] });
    expect(applyRelayedChanges(handle, [new Uint8Array([1, 2, 3])])).toBe(false);
    expect(handle.doc()).toEqual({ notes: [] });
    handle.change((doc) => {
      doc.notes.push('still editable');
    });
    expect(handle.doc().notes).toEqual(['still editable']);
  });
});
