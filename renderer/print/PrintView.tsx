import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { printableArea, type PageSetup } from '../../shared/print/pageSetup';
import type { PrintRoute } from '../../shared/print/printRoute';
import { navigate } from '../app/route';
import type { LoadedReport } from './loadReport';
import { pageStyleSheet } from './pageStyleSheet';
import { PrintToolbar } from './PrintToolbar';
import { reportEntries } from './reportEntries';
import { reportHeaderFor } from './reportHeader';
import { ReportSectionView } from './ReportSectionView';
import { usePrintReadiness } from './usePrintReadiness';
import { useReport } from './useReport';
import { WorkshopReport } from './WorkshopReport';
import './print.css';

/**
 * The print route: a report laid out for paper (page setup from the route), and the signal
 * that it is complete, for the PDF step. On screen a toolbar offers the browser's print
 * dialog and the way back; it is hidden on paper.
 */
export default function PrintView({ route }: { route: PrintRoute }) {
  const { target, page } = route;
  const documentUrl = target.report === 'document' ? target.documentUrl : null;
  const state = useReport(target.workshopUrl, documentUrl);
  const header = useMemo(
    () =>
      state.status === 'ready'
        ? reportHeaderFor(state.report.workshop, reportName(documentUrl, state.report))
        : null,
    [state, documentUrl],
  );
  const reportElement = useRef<HTMLElement>(null);
  const { ready, pages } = usePrintReadiness(state, header, reportElement, page);
  // Only the browser's own dialog needs the header as CSS margin boxes (see pageStyleSheet).
  const [dialogHeader, setDialogHeader] = useState(route.openDialog);

  useEffect(() => {
    if (!ready || !route.openDialog) return;
    window.print();
    setDialogHeader(false);
  }, [ready, route.openDialog]);

  useEffect(() => {
    if (header) document.title = `${header.report} — ${header.workshopTitle}`;
  }, [header]);

  // window.print() returns when the dialog closes; the margin boxes are only for that dialog.
  const printWithDialog = () => {
    flushSync(() => setDialogHeader(true));
    window.print();
    setDialogHeader(false);
  };
  const back = () =>
    navigate(
      target.report === 'document'
        ? { name: 'artefact', workshopUrl: target.workshopUrl, artefactUrl: target.documentUrl }
        : { name: 'workshop', workshopUrl: target.workshopUrl },
    );

  return (
    <div className="print-view">
      <style>{pageStyleSheet(page, dialogHeader ? header : null)}</style>
      <PrintToolbar
        page={page}
        state={state}
        ready={ready}
        onPrint={printWithDialog}
        onBack={back}
      />
      <main
        ref={reportElement}
        className="print-report"
        style={{ width: `${printableArea(page).width}mm` }}
        aria-busy={!ready}
      >
        {state.status === 'ready' &&
          (documentUrl === null ? (
            <WorkshopReport report={state.report} page={page} pages={pages} />
          ) : (
            <DocumentReport report={state.report} page={page} />
          ))}
      </main>
    </div>
  );
}

/** One document's section, under the workshop's running header. */
const DocumentReport = memo(function DocumentReport({
  report,
  page,
}: {
  report: LoadedReport;
  page: PageSetup;
}) {
  const entry = reportEntries(report)[0];
  return entry ? (
    <ReportSectionView entry={entry} related={report.related} page={page} numbered={false} />
  ) : null;
});

/** What the running footer calls this report. */
function reportName(documentUrl: string | null, report: LoadedReport): string {
  const entry = documentUrl === null ? undefined : reportEntries(report)[0];
  return entry ? `${entry.label}: ${entry.title}` : 'Workshop report';
}
