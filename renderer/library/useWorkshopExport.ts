import { useCallback } from 'react';
import { useAppServices } from '../app/AppServices';
import { useNotify } from '../app/Notifications';
import { exportWorkshop } from './workshopTransfer';
import { errorMessage } from '../../shared/errorMessage';

/** Exports a workshop to a `.obeya` file through the host's Save dialog (or a download). */
export function useWorkshopExport(): (url: string) => Promise<void> {
  const services = useAppServices();
  const notify = useNotify();
  return useCallback(
    async (url) => {
      try {
        const { fileName, bytes } = await exportWorkshop(services, url, Date.now());
        const result = await services.platform.saveFile({
          suggestedName: fileName,
          kind: 'obeya',
          bytes,
        });
        if (result.status === 'saved')
          notify({ tone: 'info', message: `Exported to ${result.path}.` });
      } catch (error) {
        notify({
          tone: 'error',
          message: `The export failed: ${errorMessage(error)}`,
        });
      }
    },
    [services, notify],
  );
}
