import { useCallback } from 'react';
import { useAppServices } from '../app/AppServices';
import { useNotify } from '../app/Notifications';
import { navigate } from '../app/route';
import { importWorkshop } from './workshopTransfer';
import { describeImportRefusal } from '../../shared/file/importRefusal';
import { ObeyaFileError } from '../../shared/file/ObeyaFileError';
import { errorMessage } from '../../shared/errorMessage';

/** Imports a `.obeya` file's bytes and tells the coach what happened, in words. */
export function useWorkshopImport(): (fileName: string, bytes: Uint8Array) => Promise<boolean> {
  const services = useAppServices();
  const notify = useNotify();
  return useCallback(
    async (fileName, bytes) => {
      try {
        const result = await importWorkshop(services, bytes, Date.now());
        notify({
          tone: 'info',
          message: result.merged
            ? `Merged "${fileName}" into the workshop "${result.title}" already on this device.`
            : `Imported the workshop "${result.title}".`,
          action: {
            label: 'Open',
            run: () => navigate({ name: 'workshop', workshopUrl: result.url }),
          },
        });
        return true;
      } catch (error) {
        // The sentence for the coach; the technical detail behind "Details for support".
        notify({ tone: 'error', ...describeImportRefusal(fileName, error) });
        return false;
      }
    },
    [services, notify],
  );
}

/** Asks the host for a `.obeya` file and imports it. */
export function useImportFromDialog(): () => Promise<void> {
  const { platform } = useAppServices();
  const notify = useNotify();
  const importFile = useWorkshopImport();
  return useCallback(async () => {
    try {
      const result = await platform.openFile({ kind: 'obeya' });
      if (result.status === 'opened') await importFile(result.file.name, result.file.bytes);
    } catch (error) {
      // A file refused before it was read (too large) gets the same sentence as any import.
      if (error instanceof ObeyaFileError)
        notify({ tone: 'error', ...describeImportRefusal('', error) });
      else notify({ tone: 'error', message: errorMessage(error) });
    }
  }, [platform, notify, importFile]);
}
