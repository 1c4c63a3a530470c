import { useCallback, useMemo } from 'react';
import type { PageSetup } from '../../../shared/print/pageSetup';
import { PRINT_MARKS } from '../../../shared/print/printMarks';
import {
  printRouteHref,
  printTargetPath,
  type PrintTarget,
} from '../../../shared/print/printRoute';
import { useAppServices } from '../../app/AppServices';
import { useNotify } from '../../app/Notifications';
import { loadPrintView } from '../PrintViewLoader';
import { errorMessage } from '../../../shared/errorMessage';

export interface PdfExport {
  /**
   * Call when the coach opens the export dialog. In a browser this tab prints the report, so
   * its code and fonts load while the paper is chosen instead of after "Export PDF".
   */
  prepare(): void;
  run(target: PrintTarget, page: PageSetup, fileName: string): Promise<void>;
}

/**
 * Makes the PDF of a report. In Electron, main renders the print route in a hidden window and
 * asks where to save it; progress and the outcome show as notices (a cancelled Save writes
 * nothing and says nothing). In a browser this tab opens the print route, which opens the
 * browser's print dialog ("Save as PDF") as soon as the report is ready.
 */
export function usePdfExport(): PdfExport {
  const { platform } = useAppServices();
  const notify = useNotify();
  const run = useCallback(
    async (target: PrintTarget, page: PageSetup, fileName: string) => {
      if (platform.kind === 'browser') {
        performance.mark(PRINT_MARKS.request);
        window.location.hash = printRouteHref({ target, page, openDialog: true });
        return;
      }
      notify({ tone: 'info', message: 'Preparing PDF…' });
      try {
        const result = await platform.printToPdf({
          route: printTargetPath(target),
          suggestedName: fileName,
          pageSize: page.size,
          landscape: page.orientation === 'landscape',
        });
        if (result.status === 'saved')
          notify({ tone: 'info', message: `Saved the PDF to ${result.path}.` });
      } catch (error) {
        notify({
          tone: 'error',
          message: `The PDF was not saved: ${errorMessage(error)}`,
        });
      }
    },
    [platform, notify],
  );
  return useMemo(
    () => ({
      prepare: () => {
        if (platform.kind === 'browser') void loadPrintView();
      },
      run,
    }),
    [platform, run],
  );
}
