import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useAppServices } from '../app/AppServices';
import { receiveDocument } from '../sync/joinWorkshops';
import { errorMessage } from '../../shared/errorMessage';

export type DocumentState<T> =
  | { status: 'loading' }
  | { status: 'ready'; handle: DocHandle<T> }
  | { status: 'missing'; message: string };

/** Finds a document by URL in the repo (loading it from this device's storage). */
export function useDocumentHandle<T>(url: string): DocumentState<T> {
  const { repo, sync } = useAppServices();
  const [state, setState] = useState<DocumentState<T>>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    // Joined to a hub, a document not here yet may still arrive from it.
    const found =
      sync.status.state === 'stopped'
        ? repo.find<T>(url as AutomergeUrl)
        : receiveDocument<T>(repo, url);
    found.then(
      (handle) => {
        sync.relay(handle as DocHandle<unknown>);
        if (!cancelled) setState({ status: 'ready', handle });
      },
      (error: unknown) =>
        !cancelled &&
        setState({
          status: 'missing',
          message: errorMessage(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [repo, sync, url]);
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
