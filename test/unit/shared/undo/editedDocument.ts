import { change, clone, getHeads, merge, toJS, type Doc } from '@automerge/automerge';
import { UndoHistory } from '../../../../shared/undo/UndoHistory';

/**
 * One person's copy of a document with its undo history, as `renderer/documents/documentHistory`
 * keeps it, on plain Automerge documents: the harness for undo tests of every document kind.
 */
export class EditedDocument<T> {
  readonly history = new UndoHistory(10_000);
  private clock = 0;

  constructor(public doc: Doc<T>) {}

  /**
   * Applies an edit as the app does; an edit that throws a refusal (`isRefusal`) is discarded
   * whole, like `tryMapChange`. Returns whether it was stored.
   */
  edit(
    edit: (draft: T) => void,
    options: { groupKey?: string; isRefusal?: (error: unknown) => boolean } = {},
  ): boolean {
    const before = getHeads(this.doc);
    try {
      this.doc = change(this.doc, edit);
    } catch (error) {
      if (options.isRefusal?.(error)) return false;
      throw error;
    }
    // Far enough apart that only edits given the same group key within the window group.
    this.clock += options.groupKey === undefined ? 60_000 : 100;
    this.history.record(before, getHeads(this.doc), this.clock, options.groupKey);
    return getHeads(this.doc).join() !== before.join();
  }

  undo(): boolean {
    return this.history.undo(this.doc, (revert) => this.applyHistoryEdit(revert));
  }

  redo(): boolean {
    return this.history.redo(this.doc, (revert) => this.applyHistoryEdit(revert));
  }

  /** Undoes everything; returns how many steps it took. */
  undoAll(): number {
    let steps = 0;
    while (this.undo()) steps++;
    return steps;
  }

  redoAll(): number {
    let steps = 0;
    while (this.redo()) steps++;
    return steps;
  }

  /** A colleague's copy from now on: edits there reach this one only through {@link merge}. */
  fork(): Doc<T> {
    return clone(this.doc);
  }

  merge(peer: Doc<T>): void {
    this.doc = merge(this.doc, clone(peer));
  }

  get value(): T {
    return toJS(this.doc) as T;
  }

  private applyHistoryEdit(revert: (draft: unknown) => boolean): boolean {
    let changed = false;
    this.doc = change(this.doc, (draft) => {
      changed = revert(draft);
    });
    return changed;
  }
}
