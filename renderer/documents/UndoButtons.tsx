import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useRef } from 'react';
import { redoDocument, undoDocument, undoState } from './documentHistory';
import { useDocumentValue } from './useDocument';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Toolbar buttons for the document's undo history (the same as Ctrl+Z / Ctrl+Shift+Z). */
export function UndoButtons({ handle }: { handle: DocHandle<unknown> }) {
  useDocumentValue(handle);
  const { canUndo, canRedo } = undoState(handle);
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  // The last undo disables its button: focus moves to Redo (and back), not to the page.
  const focusOnceEnabled = (button: HTMLButtonElement | null) =>
    requestAnimationFrame(() => {
      if (button && !button.disabled) button.focus();
    });
  return (
    <span className="undo-buttons">
      <button
        ref={undoButton}
        type="button"
        disabled={!canUndo}
        onClick={() => {
          undoDocument(handle);
          if (!undoState(handle).canUndo) focusOnceEnabled(redoButton.current);
        }}
        title={`Undo (${mod}Z)`}
      >
        Undo
      </button>
      <button
        ref={redoButton}
        type="button"
        disabled={!canRedo}
        onClick={() => {
          redoDocument(handle);
          if (!undoState(handle).canRedo) focusOnceEnabled(undoButton.current);
        }}
        title={`Redo (${mod}Shift+Z)`}
      >
        Redo
      </button>
    </span>
  );
}
