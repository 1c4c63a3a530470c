import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { listedArtefacts } from '../../../shared/workshop/listedArtefacts';
import type { ArtefactKind, WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { useAppServices } from '../../app/AppServices';

/** A document of the workshop, loaded. */
export interface WorkshopDocument<T> {
  url: string;
  handle: DocHandle<T>;
}

/**
 * The workshop's documents of one kind, loaded from this device (a document not here is left
 * out), following the workshop as documents are added or deleted.
 */
export function useWorkshopDocuments<T>(
  workshopUrl: string,
  kind: ArtefactKind,
): WorkshopDocument<T>[] {
  const { repo } = useAppServices();
  const [workshop, setWorkshop] = useState<DocHandle<WorkshopDoc> | null>(null);
  useEffect(() => {
    let live = true;
    repo.find<WorkshopDoc>(workshopUrl as AutomergeUrl).then(
      (handle) => live && setWorkshop(handle),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [repo, workshopUrl]);

  const subscribe = useCallback(
    (onChange: () => void) => {
      workshop?.on('change', onChange);
      return () => void workshop?.off('change', onChange);
    },
    [workshop],
  );
  // A string, so a change elsewhere in the workshop does not reload the documents.
  const urls = useSyncExternalStore(subscribe, () => {
    const doc = workshop?.doc();
    return doc
      ? listedArtefacts(doc)
          .filter((ref) => ref.kind === kind)
          .map((ref) => ref.url)
          .join(' ')
      : '';
  });

  const [documents, setDocuments] = useState<WorkshopDocument<T>[]>([]);
  useEffect(() => {
    let live = true;
    const wanted = urls.split(' ').filter(Boolean);
    void Promise.all(
      wanted.map((url) =>
        repo.find<T>(url as AutomergeUrl).then(
          (handle) => ({ url, handle }),
          () => null,
        ),
      ),
    ).then((found) => {
      if (live) setDocuments(found.filter((each) => each !== null));
    });
    return () => {
      live = false;
    };
  }, [repo, urls]);
  return documents;
}
