import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAppServices } from '../app/AppServices';

export type DocumentState<T> =
  | { status: 'loading' }
  | { status: 'ready'; handle: DocHandle<T> }
  | { status: 'missing'; message: string };

/** Finds a document by URL in the repo (loading it from this device's storage). */
export function useDocumentHandle<T>(url: string): DocumentState<T> {
  const { repo } = useAppServices();
  const [state, setState] = useState<DocumentState<T>>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    repo.find<T>(url as AutomergeUrl).then(
      (handle) => !cancelled && setState({ status: 'ready', handle }),
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'missing',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [repo, url]);
  return state;
}

/** The current value of a document, re-rendering on every local or remote change. */
export function useDocumentValue<T>(handle: DocHandle<T>): T {
  return useSyncExternalStore(
    (onChange) => {
      handle.on('change', onChange);
      handle.on('delete', onChange);
      return () => {
        handle.off('change', onChange);
        handle.off('delete', onChange);
      };
    },
    () => handle.doc(),
  );
}
