import type { DocHandle } from '@automerge/automerge-repo/slim';
import { applyPatches, getHeads } from '@automerge/automerge/slim';
import { UndoHistory } from '../../shared/undo/UndoHistory';
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
  const patches = historyOf(handle).takeUndo(handle.doc());
  if (!patches) return false;
  handle.change((draft) => applyPatches(draft, patches));
  noteEdit(handle);
  return true;
}

export function redoDocument(handle: DocHandle<unknown>): boolean {
  const patches = historyOf(handle).takeRedo(handle.doc());
  if (!patches) return false;
  handle.change((draft) => applyPatches(draft, patches));
  noteEdit(handle);
  return true;
}

export function undoState(handle: DocHandle<unknown>): { canUndo: boolean; canRedo: boolean } {
  const history = historyOf(handle);
  return { canUndo: history.canUndo, canRedo: history.canRedo };
}
