import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useRef, useState } from 'react';
import { listedArtefacts } from '../../shared/workshop/listedArtefacts';
import { addArtefact } from '../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useAppServices } from '../app/AppServices';
import { navigate } from '../app/route';
import { useAfterPaint } from '../app/useAfterPaint';
import { changeDocument } from '../documents/documentHistory';
import { useDocumentValue } from '../documents/useDocument';
import { useDeviceIdentity } from '../sync/useDeviceIdentity';
import { ArtefactRow } from './ArtefactRow';
import { artefactKindViews, viewForKind } from './artefactKinds';
import type { ArtefactKindView } from './ArtefactKindView';
import { useDocumentActions, type FocusTarget } from './useDocumentActions';
import './workshop.css';

/** The documents of a workshop, what each is, and buttons to start new ones. */
export function ArtefactList({ workshopHandle }: { workshopHandle: DocHandle<WorkshopDoc> }) {
  const { repo } = useAppServices();
  const workshop = useDocumentValue(workshopHandle);
  const artefacts = listedArtefacts(workshop);
  const [creating, setCreating] = useState<ArtefactKindView | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = useDocumentActions(workshopHandle, setFocusTarget);
  const ownDeviceId = useDeviceIdentity()?.id;

  // The list paints first; then the documents load, and the editors' code for the kinds listed
  // (a failed preload is only a missed head start: opening the document loads it again).
  const painted = useAfterPaint();
  useEffect(() => {
    if (!painted) return;
    // Every kind shares one load, however many of its documents are listed.
    for (const kind of new Set(workshop.artefacts.map((ref) => ref.kind)))
      void viewForKind(kind)
        ?.preloadEditor()
        .catch(() => undefined);
  }, [painted, workshop.artefacts]);

  // After an action focus goes where the person expects it, never to the page: it waits until
  // the element it names is on screen (a copy's row appears once the workshop lists it).
  useEffect(() => {
    if (!focusTarget) return;
    const element =
      focusTarget === 'heading'
        ? heading.current
        : section.current?.querySelector<HTMLElement>(
            `li[data-url="${CSS.escape(focusTarget.url)}"] ${
              focusTarget.control === 'title' ? '.artefact-title' : '[data-control="rename"]'
            }`,
          );
    if (!element) return;
    element.focus();
    setFocusTarget(null);
  }, [focusTarget, workshop, renaming]);

  return (
    <section ref={section} aria-labelledby="documents-heading" className="panel">
      <h2 id="documents-heading" ref={heading} tabIndex={-1}>
        Documents
      </h2>
      {artefacts.length === 0 ? (
        <p className="muted">
          No documents yet. Value stream maps, organisation designs and assessments of this workshop
          appear here.
        </p>
      ) : (
        <ul className="artefact-list" aria-labelledby="documents-heading">
          {artefacts.map((ref) => (
            <ArtefactRow
              key={ref.url}
              workshopHandle={workshopHandle}
              artefact={ref}
              painted={painted}
              ownDeviceId={ownDeviceId}
              renaming={renaming === ref.url}
              onRenameStart={() => setRenaming(ref.url)}
              onRenameDone={(title, focusAfter) => {
                setRenaming(null);
                if (focusAfter) setFocusTarget({ url: ref.url, control: focusAfter });
                if (title !== undefined) void actions.rename(ref, title);
              }}
              onDuplicate={() => void actions.duplicate(ref)}
              onDelete={() => actions.remove(ref)}
            />
          ))}
        </ul>
      )}
      <div className="artefact-create">
        {artefactKindViews.map((view) => (
          <button key={view.kind} type="button" onClick={() => setCreating(view)}>
            New {view.label}
          </button>
        ))}
      </div>
      {creating && (
        <creating.CreateDialog
          repo={repo}
          onClose={() => setCreating(null)}
          onCreated={(handle) => {
            setCreating(null);
            changeDocument(workshopHandle, (doc) =>
              addArtefact(
                doc,
                handle.url,
                creating.kind,
                Date.now(),
                (handle.doc() as { title?: string }).title,
              ),
            );
            navigate({
              name: 'artefact',
              workshopUrl: workshopHandle.url,
              artefactUrl: handle.url,
            });
          }}
        />
      )}
    </section>
  );
}
