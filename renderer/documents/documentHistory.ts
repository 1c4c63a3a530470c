import type { DocHandle } from '@automerge/automerge-repo/slim';
import { getHeads } from '@automerge/automerge/slim';
import { UndoHistory, type HistoryEdit } from '../../shared/undo/UndoHistory';
import { noteEdit } from '../storage/saveStatus';

const histories = new Map<string, UndoHistory>();

function historyOf(handle: DocHandle<unknown>): UndoHistory {
  let history = histories.get(handle.documentId);
  if (!history) {
    history = new UndoHistory();
    histories.set(handle.documentId, history);
  }
  return history;
}

/**
 * Applies a local edit and records it for undo. Every view edits documents through this, so
 * Ctrl+Z undoes exactly what this user did in this document. `groupKey` merges a burst of
 * keystrokes in one field into one undo step.
 */
export function changeDocument<T>(
  handle: DocHandle<T>,
  edit: (draft: T) => void,
  groupKey?: string,
) {
  // Automerge's own hex heads: the handle's heads() are URL-encoded.
  const before = getHeads(handle.doc());
  handle.change(edit);
  historyOf(handle as DocHandle<unknown>).record(
    before,
    getHeads(handle.doc()),
    Date.now(),
    groupKey,
  );
  noteEdit(handle as DocHandle<unknown>);
}

export function undoDocument(handle: DocHandle<unknown>): boolean {
  return historyOf(handle).undo(handle.doc(), (edit) => applyHistoryEdit(handle, edit));
}

export function redoDocument(handle: DocHandle<unknown>): boolean {
  return historyOf(handle).redo(handle.doc(), (edit) => applyHistoryEdit(handle, edit));
}

function applyHistoryEdit(handle: DocHandle<unknown>, edit: HistoryEdit): boolean {
  let changed = false;
  handle.change((draft) => {
    changed = edit(draft);
  });
  if (changed) noteEdit(handle);
  return changed;
}

export function undoState(handle: DocHandle<unknown>): { canUndo: boolean; canRedo: boolean } {
  const history = historyOf(handle);
  return { canUndo: history.canUndo, canRedo: history.canRedo };
}
