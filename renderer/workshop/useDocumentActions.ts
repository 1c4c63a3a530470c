import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { useMemo } from 'react';
import { errorMessage } from '../../shared/errorMessage';
import { copyOfArtefact, copyTitle } from '../../shared/workshop/copyOfArtefact';
import { listedArtefacts } from '../../shared/workshop/listedArtefacts';
import {
  addArtefact,
  deleteArtefact,
  recordArtefactTitle,
  restoreArtefact,
} from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useAppServices, type AppServices } from '../app/AppServices';
import { useDeletionNotice, useNotify } from '../app/Notifications';
import { changeDocument } from '../documents/documentHistory';
import { noteEdit } from '../storage/saveStatus';
import { viewForKind } from './artefactKinds';
import { finalizeDocumentDeletions } from './documentDeletion';

/** Where focus goes after an action: a row's title link or Rename button, or the list's heading. */
export type FocusTarget = { url: string; control: 'title' | 'rename' } | 'heading';

export interface DocumentActions {
  /** Renames through the kind's change function (in the document's own undo history). */
  rename: (ref: ArtefactRef, title: string) => Promise<void>;
  /** Lists an independent copy right after the original and focuses it. */
  duplicate: (ref: ArtefactRef) => Promise<void>;
  /** Hides the document at once; the message's Undo brings it back until it expires. */
  remove: (ref: ArtefactRef) => void;
}

interface TitledDoc {
  title?: string;
}

/** Rename, duplicate and delete for the documents of one workshop, as its home offers them. */
export function useDocumentActions(
  workshop: DocHandle<WorkshopDoc>,
  focus: (target: FocusTarget) => void,
): DocumentActions {
  const services = useAppServices();
  const notify = useNotify();
  const notifyDeletion = useDeletionNotice();

  return useMemo(() => {
    const refuse = (action: string, title: string, error: unknown) =>
      notify({
        tone: 'error',
        message: `Could not ${action} “${title}”: ${errorMessage(error).replace(/\.$/, '')}. Nothing was changed.`,
      });

    const setTitle = (handle: DocHandle<TitledDoc>, ref: ArtefactRef, title: string) => {
      const rules = rulesFor(ref);
      changeDocument(handle, (draft) => rules.rename(draft, title));
      const stored = handle.doc().title ?? title;
      // The workshop's cached title follows at once, so a reload lists the new title first.
      workshop.change((doc) => void recordArtefactTitle(doc, ref.url, stored));
      return stored;
    };

    const rename = async (ref: ArtefactRef, title: string) => {
      const previous = ref.title ?? '';
      try {
        const handle = await openDocument<TitledDoc>(services, ref.url);
        const before = handle.doc().title ?? previous;
        if (before === title) return;
        const after = setTitle(handle, ref, title);
        notify({
          tone: 'info',
          message: `Renamed “${before}” to “${after}”.`,
          action: {
            label: 'Undo',
            run: () => {
              // Only while nobody has renamed it since: an Undo never overwrites a newer title.
              if (handle.doc().title !== after) {
                notify({
                  tone: 'info',
                  message: `Kept “${handle.doc().title ?? ''}”: it was renamed again since.`,
                });
                return;
              }
              setTitle(handle, ref, before);
              focus({ url: ref.url, control: 'title' });
            },
          },
        });
      } catch (error) {
        refuse('rename', previous, error);
      }
    };

    const duplicate = async (ref: ArtefactRef) => {
      const original = ref.title ?? '';
      try {
        const rules = rulesFor(ref);
        const source = await openDocument<TitledDoc>(services, ref.url);
        const taken = listedArtefacts(workshop.doc()).map((listed) => listed.title ?? '');
        const title = copyTitle(source.doc().title ?? original, taken);
        const copy = services.repo.create(copyOfArtefact(source.doc(), title, rules));
        services.sync.relay(copy);
        changeOutsideUndo(workshop, (doc) =>
          addArtefact(doc, copy.url, ref.kind, Date.now(), title, ref.url),
        );
        focus({ url: copy.url, control: 'title' });
        notify({ tone: 'info', message: `Duplicated “${original}” as “${title}”.` });
      } catch (error) {
        refuse('duplicate', original, error);
      }
    };

    const remove = (ref: ArtefactRef) => {
      const all = workshop.doc().artefacts;
      const index = all.findIndex((candidate) => candidate.url === ref.url);
      if (index === -1) return;
      const deleted: ArtefactRef = JSON.parse(JSON.stringify(all[index])) as ArtefactRef;
      const following = all.slice(index + 1).map((candidate) => candidate.url);
      const listed = listedArtefacts(workshop.doc());
      const position = listed.findIndex((candidate) => candidate.url === ref.url);
      const next = listed[position + 1] ?? listed[position - 1];
      const deletedAt = Date.now();
      // Outside the undo history: the message's Undo brings it back until the deletion is final.
      changeOutsideUndo(workshop, (doc) => void deleteArtefact(doc, ref.url, deletedAt));
      focus(next ? { url: next.url, control: 'title' } : 'heading');
      notifyDeletion({
        message: `Deleted “${ref.title || 'Untitled'}”.`,
        undo: () => {
          changeOutsideUndo(workshop, (doc) =>
            restoreArtefact(doc, deleted, following, Date.now()),
          );
          focus({ url: ref.url, control: 'title' });
        },
        finalize: () =>
          void finalizeDocumentDeletions(services, workshop, deletedAt).catch((error: unknown) =>
            console.error('Obeya could not make a deletion final', error),
          ),
      });
    };

    return { rename, duplicate, remove };
  }, [services, notify, notifyDeletion, workshop, focus]);
}

function rulesFor(ref: ArtefactRef) {
  const rules = viewForKind(ref.kind);
  if (!rules) throw new Error('this version of Obeya does not know its kind');
  return rules;
}

async function openDocument<T>(
  services: Pick<AppServices, 'repo' | 'sync'>,
  url: string,
): Promise<DocHandle<T>> {
  const handle = await services.repo.find<T>(url as AutomergeUrl);
  // Its changes reach the others in the room at once, as from its editor.
  services.sync.relay(handle as DocHandle<unknown>);
  return handle;
}

function changeOutsideUndo(handle: DocHandle<WorkshopDoc>, change: (doc: WorkshopDoc) => void) {
  handle.change(change);
  noteEdit(handle as DocHandle<unknown>);
}
