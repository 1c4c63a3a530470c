import { diff, type Doc, type Heads, type Patch } from '@automerge/automerge/slim';

interface RecordedChange {
  before: Heads;
  after: Heads;
  /** Changes with the same key close together in time are undone as one (typing in a field). */
  groupKey?: string;
  at: number;
}

/** How long consecutive edits of one field still count as one undo step. */
export const UNDO_GROUP_WINDOW_MS = 1500;

/**
 * Undo/redo for one Automerge document and one user. Each entry remembers the heads around a
 * local change; undoing applies the reverse diff of just that change as a new change, so a
 * peer's concurrent edits elsewhere survive an undo.
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

  /** Patches that revert the latest change; it moves to the redo stack. */
  takeUndo(doc: Doc<unknown>): Patch[] | undefined {
    const change = this.undoStack.pop();
    if (!change) return undefined;
    this.redoStack.push(change);
    return diff(doc, change.after, change.before);
  }

  /** Patches that re-apply the latest undone change; it moves back to the undo stack. */
  takeRedo(doc: Doc<unknown>): Patch[] | undefined {
    const change = this.redoStack.pop();
    if (!change) return undefined;
    this.undoStack.push({ ...change, groupKey: undefined });
    return diff(doc, change.before, change.after);
  }
}

function sameHeads(a: Heads, b: Heads): boolean {
  return a.length === b.length && a.every((hash) => b.includes(hash));
}
