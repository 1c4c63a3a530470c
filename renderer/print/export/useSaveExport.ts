import { useCallback } from 'react';
import type { FileKind } from '../../../shared/ipc/contract';
import { errorMessage } from '../../../shared/errorMessage';
import { useAppServices } from '../../app/AppServices';
import { useNotify } from '../../app/Notifications';
import { exportFileName } from './exportFileName';

/**
 * Saves an exported file (SVG, PNG, CSV) through the platform's save dialog and says where it
 * went, or why it was not saved. `documentKind` names the file when the document has no title.
 */
export function useSaveExport(documentKind: string) {
  const { platform } = useAppServices();
  const notify = useNotify();
  return useCallback(
    async (kind: FileKind, name: string, make: () => Promise<Uint8Array>) => {
      try {
        const bytes = await make();
        const result = await platform.saveFile({
          suggestedName: exportFileName(name, kind, documentKind),
          kind,
          bytes,
        });
        if (result.status === 'saved') {
          notify({ tone: 'info', message: `Exported to ${result.path}.` });
        }
      } catch (error) {
        notify({
          tone: 'error',
          message: `The ${kind.toUpperCase()} was not saved: ${errorMessage(error)}`,
        });
      }
    },
    [platform, notify, documentKind],
  );
}
