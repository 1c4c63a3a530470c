import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useRef, useState } from 'react';
import { stepsToCsv, type ValueStreamMapDoc } from '../../shared/vsm';
import { useAppServices } from '../app/AppServices';
import { addStepRows, type RowsReport } from './addStepRows';

interface Props {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  report: RowsReport | null;
  onReport: (report: RowsReport | null) => void;
}

/** Getting steps in and out of spreadsheets: paste, CSV import, CSV export, and the report. */
export function StepRowsImport({ handle, map, report, onReport }: Props) {
  const { platform } = useAppServices();
  const [pasting, setPasting] = useState(false);

  const importCsv = async () => {
    const result = await platform.openFile({ kind: 'csv' });
    if (result.status !== 'opened') return;
    const text = new TextDecoder('utf-8').decode(result.file.bytes);
    onReport(
      addStepRows(
        handle,
        map,
        text,
        result.file.name.toLowerCase().endsWith('.tsv') ? 'tsv' : 'csv',
      ),
    );
  };

  const exportCsv = async () => {
    const bytes = new TextEncoder().encode(stepsToCsv(map));
    const name = `${
      map.title
        .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
        .trim()
        .slice(0, 100) || 'steps'
    }.csv`;
    await platform.saveFile({ suggestedName: name, kind: 'csv', bytes });
  };

  return (
    <div className="rows-import">
      <div className="toolbar">
        <button type="button" onClick={() => setPasting(true)}>
          Paste rows from a spreadsheet…
        </button>
        <button type="button" onClick={() => void importCsv()}>
          Import CSV…
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <span className="muted small">
          Tip: Ctrl+V rows copied from Excel anywhere in the table.
        </span>
      </div>
      {report && (
        <div
          className={report.errors.length > 0 ? 'rows-report rows-report-errors' : 'rows-report'}
          role="status"
        >
          <p>
            {report.added === 1 ? 'Added 1 step.' : `Added ${report.added} steps.`}
            {report.errors.length > 0 &&
              ` ${report.errors.length === 1 ? '1 row was' : `${report.errors.length} rows were`} not added:`}
          </p>
          {report.errors.length > 0 && (
            <ul>
              {report.errors.map((error) => (
                <li key={`${error.line}-${error.message}`}>
                  {error.line > 0 ? `Line ${error.line}: ` : ''}
                  {error.message}
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => onReport(null)}>
            Dismiss
          </button>
        </div>
      )}
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onPaste={(text) => {
            setPasting(false);
            onReport(addStepRows(handle, map, text, text.includes('\t') ? 'tsv' : 'csv'));
          }}
        />
      )}
    </div>
  );
}

function PasteDialog(props: { onPaste: (text: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="paste-heading" onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onPaste(text);
        }}
      >
        <h2 id="paste-heading">Paste steps</h2>
        <label className="field">
          Rows copied from a spreadsheet (name, role, PT, LT, %C&A, people — a header row is
          optional)
          <textarea
            rows={8}
            value={text}
            autoFocus
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Add steps
          </button>
        </div>
      </form>
    </dialog>
  );
}
