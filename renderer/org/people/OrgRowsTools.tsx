import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState } from 'react';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { peopleToCsv, placementsToCsv } from '../../../shared/org/table/orgTables';
import { useAppServices } from '../../app/AppServices';
import { useNotify } from '../../app/Notifications';
import { addOrgRows, csvName, tableKindOf, type OrgTableKind, type RowsReport } from './orgRows';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
  report: RowsReport | null;
  onReport(report: RowsReport | null): void;
}

const COLUMNS: Record<OrgTableKind, string> = {
  people: 'Name, Experience (separated by “;”), Capacity (FTE), Cost per FTE-year, Location, Pool',
  placements: 'Person, Service, Role, Allocation %',
};

/** People and placements in and out of spreadsheets: paste, CSV import and export, the report. */
export function OrgRowsTools({ handle, design, scenario, report, onReport }: Props) {
  const { platform } = useAppServices();
  const notify = useNotify();
  const [pasting, setPasting] = useState(false);

  const importCsv = async () => {
    const result = await platform.openFile({ kind: 'csv' });
    if (result.status !== 'opened') return;
    const text = new TextDecoder('utf-8').decode(result.file.bytes);
    const format = result.file.name.toLowerCase().endsWith('.tsv') ? 'tsv' : 'csv';
    onReport(addOrgRows(handle, scenario.id, tableKindOf(text), text, format));
  };

  const save = async (name: string, text: string) => {
    const outcome = await platform.saveFile({
      suggestedName: name,
      kind: 'csv',
      bytes: new TextEncoder().encode(text),
    });
    if (outcome.status === 'saved')
      notify({ tone: 'info', message: `Exported to ${outcome.path}.` });
  };

  return (
    <div className="org-rows-tools-wrap">
      <div className="org-rows-tools" role="group" aria-label="Spreadsheets">
        <button type="button" onClick={() => setPasting(true)}>
          Paste rows from a spreadsheet…
        </button>
        <button type="button" onClick={() => void importCsv()}>
          Import CSV…
        </button>
        <button
          type="button"
          onClick={() => void save(csvName(design.title, 'people'), peopleToCsv(design))}
        >
          Export people (CSV)
        </button>
        <button
          type="button"
          onClick={() =>
            void save(
              csvName(design.title, `placements ${scenario.name}`),
              placementsToCsv(design, scenario.id),
            )
          }
        >
          Export placements (CSV)
        </button>
      </div>
      {report && (
        <RowsReportView report={report} scenario={scenario} onDismiss={() => onReport(null)} />
      )}
      {pasting && (
        <PasteDialog
          scenario={scenario}
          onClose={() => setPasting(false)}
          onPaste={(table, text) => {
            setPasting(false);
            onReport(
              addOrgRows(handle, scenario.id, table, text, text.includes('\t') ? 'tsv' : 'csv'),
            );
          }}
        />
      )}
    </div>
  );
}

function RowsReportView(props: { report: RowsReport; scenario: Scenario; onDismiss(): void }) {
  const { report, scenario } = props;
  const failed = report.errors.length > 0;
  const what =
    report.table === 'people'
      ? report.added === 1
        ? 'Added 1 person.'
        : `Added ${report.added} people.`
      : `Made ${report.added} ${report.added === 1 ? 'placement' : 'placements'} in “${scenario.name}”.`;
  return (
    <div
      className={failed ? 'org-rows-report has-errors' : 'org-rows-report'}
      role={failed ? 'alert' : 'status'}
    >
      <p>
        {failed
          ? `Nothing was added: ${report.errors.length === 1 ? '1 row needs' : `${report.errors.length} rows need`} fixing first. Correct them in the spreadsheet and paste or import again.`
          : report.added === 0
            ? 'No rows found to add.'
            : what}
      </p>
      {failed && (
        <ul>
          {report.errors.map((error) => (
            <li key={`${error.table}-${error.line}-${error.message}`}>
              {error.line > 0 ? `Line ${error.line}: ` : ''}
              {error.message}
            </li>
          ))}
        </ul>
      )}
      {report.ignoredColumns.length > 0 && (
        <p className="org-muted">Columns not read: {report.ignoredColumns.join(', ')}.</p>
      )}
      <button type="button" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function PasteDialog(props: {
  scenario: Scenario;
  onPaste(table: OrgTableKind, text: string): void;
  onClose(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [table, setTable] = useState<OrgTableKind>('people');
  const [text, setText] = useState('');
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      onClose={props.onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onPaste(table, text);
        }}
      >
        <h2 id={`${id}-heading`}>Paste rows</h2>
        <fieldset className="org-start-choice">
          <legend>The rows are</legend>
          <label className="org-start-option">
            <input
              type="radio"
              name="table"
              checked={table === 'people'}
              onChange={() => setTable('people')}
            />
            <span>People of the design</span>
          </label>
          <label className="org-start-option">
            <input
              type="radio"
              name="table"
              checked={table === 'placements'}
              onChange={() => setTable('placements')}
            />
            <span>Placements in “{props.scenario.name}”</span>
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-text`}>Rows copied from a spreadsheet</label>
          <textarea
            id={`${id}-text`}
            rows={8}
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <p className="field-hint" id={`${id}-hint`}>
            Columns: {COLUMNS[table]}. A header row is optional. Nothing is added unless every row
            is sound.
          </p>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Add rows
          </button>
        </div>
      </form>
    </dialog>
  );
}
