import { useCallback } from 'react';
import type { PageSetup } from '../../../shared/print/pageSetup';
import { useAppServices } from '../../app/AppServices';
import { useNotify } from '../../app/Notifications';
import { printRouteHref, printTargetPath, type PrintTarget } from '../printRoute';

/**
 * Makes the PDF of a report. In Electron, main renders the print route in a hidden window and
 * asks where to save it; progress and the outcome show as notices (a cancelled Save writes
 * nothing and says nothing). In a browser this tab opens the print route, which opens the
 * browser's print dialog ("Save as PDF") as soon as the report is ready.
 */
export function usePdfExport(): (
  target: PrintTarget,
  page: PageSetup,
  fileName: string,
) => Promise<void> {
  const { platform } = useAppServices();
  const notify = useNotify();
  return useCallback(
    async (target, page, fileName) => {
      if (platform.kind === 'browser') {
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
          message: `The PDF was not saved: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    [platform, notify],
  );
}
