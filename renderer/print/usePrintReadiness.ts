import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { PageSetup } from '../../shared/print/pageSetup';
import { PRINT_MARKS } from '../../shared/print/printMarks';
import { measureContentsPages, type ContentsPages } from './contentsPages';
import { clearPrintState, markPrintFailed, markPrintReady } from './printReadiness';
import { reportFontsLoaded, reportFontsReady } from './reportFont';
import type { ReportState } from './useReport';

export interface PrintReadiness {
  /** The page is marked ready: the PDF step (or the browser's dialog) may start. */
  ready: boolean;
  /** The contents' page numbers; null until measured. */
  pages: ContentsPages | null;
}

/**
 * Prepares the rendered report for the PDF step and then marks the page ready: once the
 * report is in the DOM and its fonts are in, the contents' page numbers are measured with
 * those fonts, and the commit that shows them marks the page. With the fonts loaded already
 * all of it happens in the task that rendered the report, before the browser lays it out and
 * paints it for the screen (layout effects, and their updates, run before the paint).
 * A load failure is reported at once. No timers or animation frames: Electron's hidden print
 * window does not run animation frames, and every step is known to be done when it is.
 */
export function usePrintReadiness(
  state: ReportState,
  report: RefObject<HTMLElement | null>,
  page: PageSetup,
): PrintReadiness {
  const [pages, setPages] = useState<ContentsPages | null>(null);
  const ready = pages !== null;

  useLayoutEffect(() => {
    if (state.status === 'failed') {
      markPrintFailed(state.message);
      return clearPrintState;
    }
    if (state.status !== 'ready') return;
    performance.mark(PRINT_MARKS.rendered);
    let cancelled = false;
    const measure = () => {
      if (!cancelled && report.current) setPages(measureContentsPages(report.current, page));
    };
    const text = report.current?.textContent ?? '';
    if (reportFontsReady(text)) measure();
    else {
      // Outside React's commit an update waits for a later task: flush it, no frame between.
      const measureNow = () => flushSync(measure);
      // A face that fails to load falls back to the next font; that must not stop the PDF.
      void reportFontsLoaded(text).then(measureNow, measureNow);
    }
    return () => {
      cancelled = true;
      setPages(null);
      clearPrintState();
    };
  }, [state, report, page]);

  useLayoutEffect(() => {
    if (ready) markPrintReady();
  }, [ready]);

  return { ready, pages };
}
