import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { recordArtefactTitle } from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { routeHref } from '../app/route';
import { useDocumentHandle, type DocumentState } from '../documents/useDocument';
import { PresenceList } from '../sync/PresenceList';
import { usePeersPresent } from '../sync/usePeersPresent';
import { viewForKind } from './artefactKinds';
import type { ArtefactKindView } from './ArtefactKindView';
import { RenameField, type AfterRename } from './RenameField';

interface TitledDoc {
  title?: string;
}

export interface ArtefactRowProps {
  workshopHandle: DocHandle<WorkshopDoc>;
  artefact: ArtefactRef;
  /** Whether the home has painted: only then are listed documents loaded. */
  painted: boolean;
  ownDeviceId: string | undefined;
  renaming: boolean;
  onRenameStart: () => void;
  onRenameDone: (title: string | undefined, focusAfter: AfterRename) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/**
 * One document of the workshop, listed by the title the workshop recorded for it, with what it
 * is, who has it open, and Rename, Duplicate and Delete. Loading the document itself (its live
 * title, its summary, presence) waits until the home has painted, so a document with a long
 * history never holds up the list; the title link stays the same element throughout, so focus
 * on it survives the load.
 */
export function ArtefactRow(props: ArtefactRowProps) {
  const { workshopHandle, artefact } = props;
  const view = viewForKind(artefact.kind);
  const [state, setState] = useState<DocumentState<TitledDoc>>({ status: 'loading' });
  const handle = state.status === 'ready' ? state.handle : undefined;
  const doc = useOptionalDocumentValue(handle);
  const title = doc === undefined ? artefact.title : (doc.title ?? '');
  const shown = title === undefined ? 'Loading…' : title || 'Untitled';

  // Recorded outside the undo history: it follows the document, nobody typed it here.
  useEffect(() => {
    if (doc === undefined) return;
    const live = doc.title ?? '';
    if (artefact.title !== live)
      workshopHandle.change((draft) => void recordArtefactTitle(draft, artefact.url, live));
  }, [workshopHandle, artefact.url, artefact.title, doc]);

  // A kind's summary may need code that loads after the home paints (an organisation design
  // counts its failing checks): the row shows it again once that code is here.
  const [, setKindLoaded] = useState(false);
  useEffect(() => {
    if (!props.painted || !view) return;
    let live = true;
    view.preloadEditor().then(
      () => live && setKindLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [props.painted, view]);

  const summary =
    doc !== undefined && view
      ? summarize(view, doc)
      : state.status === 'missing'
        ? 'not on this device yet'
        : undefined;
  const meta = [view ? capitalize(view.label) : artefact.kind, summary].filter(Boolean).join(' · ');

  return (
    <li className="artefact-row" data-url={artefact.url}>
      {(props.painted || artefact.title === undefined) && (
        <DocumentLoader url={artefact.url} onState={setState} />
      )}
      <div className="artefact-row-main">
        {props.renaming ? (
          <RenameField title={title ?? ''} onDone={props.onRenameDone} />
        ) : (
          <a
            className="artefact-title"
            href={routeHref({
              name: 'artefact',
              workshopUrl: workshopHandle.url,
              artefactUrl: artefact.url,
            })}
            aria-busy={state.status === 'loading' ? true : undefined}
          >
            {shown}
          </a>
        )}
        {handle && <RowPresence handle={handle} title={shown} ownDeviceId={props.ownDeviceId} />}
        <p className="artefact-meta">{meta}</p>
      </div>
      <div className="row-actions" role="group" aria-label={`Actions for ${shown}`}>
        <button
          type="button"
          data-control="rename"
          aria-label={`Rename ${shown}`}
          onClick={props.onRenameStart}
        >
          Rename
        </button>
        <button type="button" aria-label={`Duplicate ${shown}`} onClick={props.onDuplicate}>
          Duplicate
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Delete ${shown}`}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** Loads a document and reports on it; a component so the row can start it only after paint. */
function DocumentLoader(props: {
  url: string;
  onState: (state: DocumentState<TitledDoc>) => void;
}) {
  const state = useDocumentHandle<TitledDoc>(props.url);
  const { onState } = props;
  useEffect(() => onState(state), [state, onState]);
  return null;
}

function RowPresence(props: {
  handle: DocHandle<TitledDoc>;
  title: string;
  ownDeviceId: string | undefined;
}) {
  const peers = usePeersPresent(props.handle as DocHandle<unknown>, props.ownDeviceId);
  return <PresenceList peers={peers} label={`In ${props.title}`} max={4} />;
}

/** The document's value once it is loaded, following every local or remote change. */
function useOptionalDocumentValue<T>(handle: DocHandle<T> | undefined): T | undefined {
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

/** A peer's document may be of a newer or damaged shape: then the row shows no summary. */
function summarize(view: ArtefactKindView, doc: unknown): string | undefined {
  try {
    return view.summarize(doc);
  } catch {
    return undefined;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
