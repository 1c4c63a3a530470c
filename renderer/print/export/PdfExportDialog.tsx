import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  DEFAULT_PAGE_SETUP,
  ORIENTATIONS,
  PAGE_SIZES,
  type PageSetup,
} from '../../../shared/print/pageSetup';

const ORIENTATION_LABELS = { landscape: 'Landscape', portrait: 'Portrait' } as const;

interface Props {
  /** The dialog's heading, e.g. "Export PDF report". */
  title: string;
  onExport: (page: PageSetup) => void;
  onClose: () => void;
}

/** Asks for paper size and orientation before a PDF is made. */
export function PdfExportDialog({ title, onExport, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [page, setPage] = useState<PageSetup>(DEFAULT_PAGE_SETUP);
  useEffect(() => dialog.current?.showModal(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    dialog.current?.close();
    onExport(page);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-heading`}>{title}</h2>
        <fieldset className="template-choice">
          <legend>Paper</legend>
          {PAGE_SIZES.map((size) => (
            <label key={size} className="template-option">
              <input
                type="radio"
                name="size"
                checked={page.size === size}
                onChange={() => setPage((current) => ({ ...current, size }))}
              />
              <span>{size}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="template-choice">
          <legend>Orientation</legend>
          {ORIENTATIONS.map((orientation) => (
            <label key={orientation} className="template-option">
              <input
                type="radio"
                name="orientation"
                checked={page.orientation === orientation}
                onChange={() => setPage((current) => ({ ...current, orientation }))}
              />
              <span>{ORIENTATION_LABELS[orientation]}</span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Export PDF
          </button>
        </div>
      </form>
    </dialog>
  );
}
