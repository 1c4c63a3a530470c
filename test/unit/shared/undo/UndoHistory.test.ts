import { change, clone, from, getHeads, merge, type Doc } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { UndoHistory, type HistoryEdit } from '../../../../shared/undo/UndoHistory';

type Note = {
  title: string;
  client: string;
  items: string[];
};

function edit(
  history: UndoHistory,
  doc: Doc<Note>,
  fn: (d: Note) => void,
  now = 0,
  group?: string,
) {
  const before = getHeads(doc);
  const next = change(doc, fn);
  history.record(before, getHeads(next), now, group);
  return next;
}

function applying(doc: Doc<Note>, take: (apply: (edit: HistoryEdit) => boolean) => boolean) {
  let next = doc;
  take((revert) => {
    let changed = false;
    next = change(next, (d) => {
      changed = revert(d);
    });
    return changed;
  });
  return next;
}

const undo = (history: UndoHistory, doc: Doc<Note>) =>
  applying(doc, (apply) => history.undo(doc, apply));
const redo = (history: UndoHistory, doc: Doc<Note>) =>
  applying(doc, (apply) => history.redo(doc, apply));

describe('UndoHistory', () => {
  it('undoes and redoes a change', () => {
    const history = new UndoHistory();
    let doc = from<Note>({ title: 'A', client: 'X', items: [] });
    doc = edit(history, doc, (d) => {
      d.title = 'B';
    });
    expect(history.canUndo).toBe(true);
    doc = undo(history, doc);
    expect(doc.title).toBe('A');
    expect(history.canRedo).toBe(true);
    doc = redo(history, doc);
    expect(doc.title).toBe('B');
  });

  it('undoes list insertions and deletions', () => {
    const history = new UndoHistory();
    let doc = from<Note>({ title: 'A', client: 'X', items: ['one'] });
    doc = edit(history, doc, (d) => {
      d.items.push('two');
    });
    doc = edit(history, doc, (d) => {
      d.items.splice(0, 1);
    });
    expect(doc.items).toEqual(['two']);
    doc = undo(history, doc);
    expect(doc.items).toEqual(['one', 'two']);
    doc = undo(history, doc);
    expect(doc.items).toEqual(['one']);
  });

  it('groups typing in one field into one undo step', () => {
    const history = new UndoHistory();
    let doc = from<Note>({ title: '', client: '', items: [] });
    doc = edit(history, doc, (d) => void (d.title = 'O'), 0, 'title');
    doc = edit(history, doc, (d) => void (d.title = 'Ob'), 500, 'title');
    doc = edit(history, doc, (d) => void (d.title = 'Obe'), 900, 'title');
    doc = edit(history, doc, (d) => void (d.client = 'ACME'), 1000, 'client');
    doc = undo(history, doc);
    expect(doc).toMatchObject({ title: 'Obe', client: '' });
    doc = undo(history, doc);
    expect(doc.title).toBe('');
    expect(history.canUndo).toBe(false);
  });

  it('keeps a peer’s concurrent edit to another field when undoing', () => {
    const history = new UndoHistory();
    let mine = from<Note>({ title: 'A', client: 'X', items: [] });
    let peer = clone(mine);
    mine = edit(history, mine, (d) => void (d.title = 'B'));
    peer = change(peer, (d) => void (d.client = 'Y'));
    mine = merge(mine, peer);
    mine = undo(history, mine);
    expect(mine).toMatchObject({ title: 'A', client: 'Y' });
  });

  it('clears redo after a new edit', () => {
    const history = new UndoHistory();
    let doc = from<Note>({ title: 'A', client: 'X', items: [] });
    doc = edit(history, doc, (d) => void (d.title = 'B'));
    doc = undo(history, doc);
    doc = edit(history, doc, (d) => void (d.client = 'Z'));
    expect(history.canRedo).toBe(false);
    expect(doc.title).toBe('A');
  });
});
