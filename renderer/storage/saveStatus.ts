import type { DocHandle, DocumentId, Repo } from '@automerge/automerge-repo/slim';
import { useSyncExternalStore } from 'react';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/** A quiet moment after the last keystroke before forcing a write (automerge-repo's own save also runs). */
const FLUSH_DELAY_MS = 30;

let repo: Repo | undefined;
let status: SaveStatus = 'saved';
const unsaved = new Map<DocumentId, number>();
const listeners = new Set<() => void>();

function setStatus(next: SaveStatus) {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

/** Called once per window with its repo; flushes what is pending when the page goes away. */
export function trackSaves(windowRepo: Repo): void {
  repo = windowRepo;
  window.addEventListener('pagehide', () => void windowRepo.flush());
}

/**
 * Notes a local edit and makes sure it reaches IndexedDB promptly; the status reads "saved"
 * only once every edited document's latest edit is written.
 */
export function noteEdit(handle: DocHandle<unknown>): void {
  if (!repo) return;
  const editId = (unsaved.get(handle.documentId) ?? 0) + 1;
  unsaved.set(handle.documentId, editId);
  setStatus('saving');
  const windowRepo = repo;
  setTimeout(() => {
    windowRepo.flush([handle.documentId]).then(
      () => {
        if (unsaved.get(handle.documentId) === editId) unsaved.delete(handle.documentId);
        if (unsaved.size === 0) setStatus('saved');
      },
      () => setStatus('failed'),
    );
  }, FLUSH_DELAY_MS);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => status,
  );
}
