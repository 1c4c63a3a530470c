import { toJS, view, type Doc, type Heads } from '@automerge/automerge/slim';
import { revertChange, type Json } from './revertChange';

interface RecordedChange {
  before: Heads;
  after: Heads;
  /** Changes with the same key close together in time are undone as one (typing in a field). */
  groupKey?: string;
  at: number;
}

/** How long consecutive edits of one field still count as one undo step. */
export const UNDO_GROUP_WINDOW_MS = 1500;

/** An edit to apply inside `Automerge.change`; false when it found nothing left to change. */
export type HistoryEdit = (draft: unknown) => boolean;

/**
 * Undo/redo for one Automerge document and one user. Each entry remembers the heads around a
 * local change; undoing turns what that change produced back into what it replaced, as a new
 * change, in every place nobody has changed since (see {@link revertChange}) — so a peer's
 * concurrent edits survive an undo, and a step deleted by mistake comes back where it was.
 */
export class UndoHistory {
  private readonly undoStack: RecordedChange[] = [];
  private readonly redoStack: RecordedChange[] = [];

  constructor(private readonly limit = 200) {}

  record(before: Heads, after: Heads, now: number, groupKey?: string): void {
    if (sameHeads(before, after)) return;
    this.redoStack.length = 0;
    const last = this.undoStack.at(-1);
    if (
      groupKey !== undefined &&
      last?.groupKey === groupKey &&
      now - last.at <= UNDO_GROUP_WINDOW_MS &&
      sameHeads(last.after, before)
    ) {
      last.after = after;
      last.at = now;
      return;
    }
    this.undoStack.push({ before, after, groupKey, at: now });
    if (this.undoStack.length > this.limit) this.undoStack.shift();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /**
   * Undoes the latest change that still has something to undo in `doc` (one whose every
   * effect others have since overwritten is dropped); it moves to the redo stack.
   * Returns false when nothing is left to undo.
   */
  undo(doc: Doc<unknown>, apply: (edit: HistoryEdit) => boolean): boolean {
    return this.take(this.undoStack, this.redoStack, doc, apply, (change) => [
      change.after,
      change.before,
    ]);
  }

  /** Re-applies the latest undone change; it moves back to the undo stack. */
  redo(doc: Doc<unknown>, apply: (edit: HistoryEdit) => boolean): boolean {
    return this.take(this.redoStack, this.undoStack, doc, apply, (change) => [
      change.before,
      change.after,
    ]);
  }

  private take(
    source: RecordedChange[],
    target: RecordedChange[],
    doc: Doc<unknown>,
    apply: (edit: HistoryEdit) => boolean,
    direction: (change: RecordedChange) => [Heads, Heads],
  ): boolean {
    for (let change = source.pop(); change; change = source.pop()) {
      const [fromHeads, toHeads] = direction(change);
      const from = versionOf(doc, fromHeads);
      const to = versionOf(doc, toHeads);
      const changed = apply((draft) => revertChange(draft as never, from, to));
      if (changed) {
        target.push({ ...change, groupKey: undefined });
        return true;
      }
    }
    return false;
  }
}

function versionOf(doc: Doc<unknown>, heads: Heads): { [key: string]: Json } {
  return toJS(view(doc, heads)) as { [key: string]: Json };
}

function sameHeads(a: Heads, b: Heads): boolean {
  return a.length === b.length && a.every((hash) => b.includes(hash));
}
