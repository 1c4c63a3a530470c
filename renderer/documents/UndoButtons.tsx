import type { DocHandle } from '@automerge/automerge-repo/slim';
import { redoDocument, undoDocument, undoState } from './documentHistory';
import { useDocumentValue } from './useDocument';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Toolbar buttons for the document's undo history (the same as Ctrl+Z / Ctrl+Shift+Z). */
export function UndoButtons({ handle }: { handle: DocHandle<unknown> }) {
  useDocumentValue(handle);
  const { canUndo, canRedo } = undoState(handle);
  return (
    <span className="undo-buttons">
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => undoDocument(handle)}
        title={`Undo (${mod}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => redoDocument(handle)}
        title={`Redo (${mod}Shift+Z)`}
      >
        Redo
      </button>
    </span>
  );
}
