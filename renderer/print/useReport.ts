import { useEffect, useState } from 'react';
import { PRINT_MARKS } from '../../shared/print/printMarks';
import { useAppServices } from '../app/AppServices';
import { loadReport, ReportLoadError, type LoadedReport } from './loadReport';

export type ReportState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; report: LoadedReport };

/** Loads a report's documents once; a report is a snapshot, printed as it was when opened. */
export function useReport(workshopUrl: string, documentUrl: string | null): ReportState {
  const { repo } = useAppServices();
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const target =
      documentUrl === null
        ? { report: 'workshop' as const, workshopUrl }
        : { report: 'document' as const, workshopUrl, documentUrl };
    performance.mark(PRINT_MARKS.view);
    loadReport(repo, target).then(
      (report) => {
        performance.mark(PRINT_MARKS.loaded);
        if (!cancelled) setState({ status: 'ready', report });
      },
      (error: unknown) => {
        if (cancelled) return;
        const message =
          error instanceof ReportLoadError
            ? error.message
            : `The report could not be loaded: ${String(error)}`;
        setState({ status: 'failed', message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [repo, workshopUrl, documentUrl]);
  return state;
}
