import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { printableArea, type PageSetup } from '../../shared/print/pageSetup';
import { pageStyleSheet } from '../../shared/print/pageStyleSheet';
import type { PrintRoute } from '../../shared/print/printRoute';
import { navigate } from '../app/route';
import type { LoadedReport } from './loadReport';
import { PrintToolbar } from './PrintToolbar';
import { reportEntries } from './reportEntries';
import { REPORT_FONT_FAMILY } from './reportFont';
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
  const { ready, pages } = usePrintReadiness(state, reportElement, page);

  useEffect(() => {
    if (ready && route.openDialog) window.print();
  }, [ready, route.openDialog]);

  useEffect(() => {
    if (header) document.title = `${header.report} — ${header.workshopTitle}`;
  }, [header]);

  const back = () =>
    navigate(
      target.report === 'document'
        ? { name: 'artefact', workshopUrl: target.workshopUrl, artefactUrl: target.documentUrl }
        : { name: 'workshop', workshopUrl: target.workshopUrl },
    );

  return (
    <div className="print-view">
      <style>{pageStyleSheet(page, header, REPORT_FONT_FAMILY)}</style>
      <PrintToolbar
        page={page}
        state={state}
        ready={ready}
        onPrint={() => window.print()}
        onBack={back}
      />
      <main
        ref={reportElement}
        className="print-report"
        style={printableAreaStyle(page)}
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

/** The report is as wide as the paper's printable area; print.css draws screen pages as tall. */
function printableAreaStyle(page: PageSetup): CSSProperties {
  const { width, height } = printableArea(page);
  return { width: `${width}mm`, '--printable-height': `${height}mm` } as CSSProperties;
}
