import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useSyncExternalStore } from 'react';

/** A document's value once its handle is there, following every change; undefined before. */
export function useOptionalDocumentValue<T>(handle: DocHandle<T> | undefined): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!handle) return () => undefined;
      handle.on('change', onChange);
      return () => void handle.off('change', onChange);
    },
    [handle],
  );
  return useSyncExternalStore(subscribe, () => handle?.doc());
}
