import type { PageSetup } from '../../shared/print/pageSetup';
import type { ReportState } from './useReport';

interface Props {
  page: PageSetup;
  state: ReportState;
  ready: boolean;
  onPrint: () => void;
  onBack: () => void;
}

/** On screen only: the way back, the browser's print dialog and what is being prepared. */
export function PrintToolbar({ page, state, ready, onPrint, onBack }: Props) {
  return (
    <div className="print-toolbar" role="toolbar" aria-label="Report">
      <button type="button" onClick={onBack}>
        ← Back
      </button>
      <button type="button" className="primary" disabled={!ready} onClick={onPrint}>
        Print / Save as PDF
      </button>
      <span className="muted small">
        {page.size} {page.orientation}
      </span>
      {state.status === 'loading' && (
        <span className="muted small" role="status">
          Preparing the report…
        </span>
      )}
      {state.status === 'failed' && (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      )}
    </div>
  );
}
