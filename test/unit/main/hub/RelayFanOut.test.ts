import { Repo, type DocHandle } from '@automerge/automerge-repo';
import { getLastLocalChange } from '@automerge/automerge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RELAY_BATCH_MS, RELAY_BATCH_MS, RelayFanOut } from '../../../../main/hub/RelayFanOut';
import { relayedChangesMessage } from '../../../../shared/sync/changeRelay';

interface Notes {
  notes: string[];
}

let repo: Repo;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  repo = new Repo();
});
afterEach(async () => {
  vi.useRealTimers();
  await repo.shutdown();
});

/** The hub's copy of a document, and a laptop's copy that makes the changes to relay. */
async function hubAndLaptop(): Promise<{
  hubs: DocHandle<Notes>;
  edit: (note: string) => Uint8Array;
}> {
  const hubs = repo.create<Notes>({ notes: [] });
  const laptops = repo.import<Notes>((await repo.export(hubs.url))!);
  const edit = (note: string) => {
    laptops.change((doc) => {
      doc.notes.push(note);
    });
    return getLastLocalChange(laptops.doc())!;
  };
  return { hubs, edit };
}

describe('RelayFanOut', () => {
  it('applies each edit at once, and sends edits that arrive together on as one message', async () => {
    const { hubs, edit } = await hubAndLaptop();
    const first = edit('first');
    const second = edit('second');
    const broadcasts = vi.spyOn(hubs, 'broadcast');
    const fanOut = new RelayFanOut(() => hubs as DocHandle<unknown>);

    fanOut.receive(hubs.documentId, [first]);
    expect(hubs.doc().notes).toEqual(['first']);
    fanOut.receive(hubs.documentId, [second]);
    expect(broadcasts).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);

    expect(broadcasts.mock.calls).toEqual([[relayedChangesMessage([first, second])]]);
    expect(fanOut.changesApplied).toBe(2);
  });

  it('sends an edit after a quiet moment at once, and gathers the next ones for a batch', async () => {
    const { hubs, edit } = await hubAndLaptop();
    const broadcasts = vi.spyOn(hubs, 'broadcast');
    const fanOut = new RelayFanOut(() => hubs as DocHandle<unknown>);

    fanOut.receive(hubs.documentId, [edit('at once')]);
    vi.advanceTimersByTime(0);
    expect(broadcasts).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(5);
    fanOut.receive(hubs.documentId, [edit('gathered')]);
    vi.advanceTimersByTime(RELAY_BATCH_MS - 6);
    expect(broadcasts).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(broadcasts).toHaveBeenCalledTimes(2);
  });

  it('gathers longer after a send of several edits, up to a limit', async () => {
    const { hubs, edit } = await hubAndLaptop();
    const broadcasts = vi.spyOn(hubs, 'broadcast');
    const fanOut = new RelayFanOut(() => hubs as DocHandle<unknown>);
    for (const note of ['one', 'two', 'three', 'four'])
      fanOut.receive(hubs.documentId, [edit(note)]);
    vi.advanceTimersByTime(0);
    expect(broadcasts).toHaveBeenCalledTimes(1);

    fanOut.receive(hubs.documentId, [edit('next')]);
    vi.advanceTimersByTime(MAX_RELAY_BATCH_MS - 1);
    expect(broadcasts).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(broadcasts).toHaveBeenCalledTimes(2);
    // That send carried one edit: the next waits the shortest time again.
    fanOut.receive(hubs.documentId, [edit('after')]);
    vi.advanceTimersByTime(RELAY_BATCH_MS);
    expect(broadcasts).toHaveBeenCalledTimes(3);
  });

  it('sends on nothing of a message whose bytes are no change', async () => {
    const { hubs, edit } = await hubAndLaptop();
    const first = edit('first');
    const broadcasts = vi.spyOn(hubs, 'broadcast');
    const fanOut = new RelayFanOut(() => hubs as DocHandle<unknown>);

    fanOut.receive(hubs.documentId, [first]);
    fanOut.receive(hubs.documentId, [new Uint8Array([1, 2, 3])]);
    vi.advanceTimersByTime(0);

    expect(broadcasts.mock.calls).toEqual([[relayedChangesMessage([first])]]);
    expect(fanOut.changesApplied).toBe(1);
  });
});
