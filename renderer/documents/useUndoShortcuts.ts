import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect } from 'react';
import { useAppServices } from '../app/AppServices';
import { redoDocument, undoDocument } from './documentHistory';

/** True for Ctrl+Z / Cmd+Z (undo) and Ctrl+Shift+Z / Ctrl+Y (redo). */
export function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Binds Ctrl+Z / Ctrl+Shift+Z and the Edit menu to the document on screen. Text fields get the
 * document's undo too, since each keystroke is already stored in the document.
 */
export function useUndoShortcuts(handle: DocHandle<unknown> | undefined): void {
  const { platform } = useAppServices();
  useEffect(() => {
    if (!handle) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoKey(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') undoDocument(handle);
      else redoDocument(handle);
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = platform.onMenuCommand((command) => {
      if (command === 'undo') undoDocument(handle);
      if (command === 'redo') redoDocument(handle);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [handle, platform]);
}
