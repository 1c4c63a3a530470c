import { useEffect, useState } from 'react';
import type { ReportHeader } from '../../shared/print/reportHeader';
import { clearPrintState, markPrintFailed, markPrintReady } from './printReadiness';
import { loadReportFaces, reportFontsLoaded } from './reportFont';
import type { ReportState } from './useReport';

/**
 * Marks the page ready for the PDF step once the report has rendered (effects run after the
 * commit) and its fonts are in; reports a load failure at once. No animation-frame wait:
 * Electron's hidden print window does not run animation frames.
 */
export function usePrintReadiness(state: ReportState, header: ReportHeader | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => void loadReportFaces(), []);
  useEffect(() => {
    if (state.status === 'failed') {
      markPrintFailed(state.message);
      return clearPrintState;
    }
    if (state.status !== 'ready' || header === null) return;
    let cancelled = false;
    const done = () => {
      if (cancelled) return;
      markPrintReady(header);
      setReady(true);
    };
    // A face that fails to load falls back to the next font; that must not stop the PDF.
    void reportFontsLoaded(document.body.textContent ?? '').then(done, done);
    return () => {
      cancelled = true;
      setReady(false);
      clearPrintState();
    };
  }, [state, header]);
  return ready;
}
