import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { addArtefact, recordArtefactTitle } from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useEffect, useState, type ReactNode } from 'react';
import { useAppServices } from '../app/AppServices';
import { navigate, routeHref } from '../app/route';
import { changeDocument } from '../documents/documentHistory';
import { useDocumentHandle, useDocumentValue } from '../documents/useDocument';
import { artefactKindViews, viewForKind, type ArtefactKindView } from './artefactKinds';
import { useAfterPaint } from '../app/useAfterPaint';
import { PresenceList } from '../sync/PresenceList';
import { useDeviceIdentity } from '../sync/useDeviceIdentity';
import { usePeersPresent } from '../sync/usePeersPresent';

/** The documents of a workshop, and buttons to start new ones. */
export function ArtefactList({ workshopHandle }: { workshopHandle: DocHandle<WorkshopDoc> }) {
  const { repo } = useAppServices();
  const workshop = useDocumentValue(workshopHandle);
  const [creating, setCreating] = useState<ArtefactKindView | null>(null);
  const ownDeviceId = useDeviceIdentity()?.id;
  // The list paints first; then the documents load, and the editors' code for the kinds listed
  // (a failed preload is only a missed head start: opening the document loads it again).
  const painted = useAfterPaint();
  useEffect(() => {
    if (!painted) return;
    // Every kind shares one load, however many of its documents are listed.
    for (const ref of workshop.artefacts)
      void viewForKind(ref.kind)
        ?.preloadEditor()
        .catch(() => undefined);
  }, [painted, workshop.artefacts]);

  return (
    <section aria-labelledby="documents-heading" className="panel">
      <h2 id="documents-heading">Documents</h2>
      {workshop.artefacts.length === 0 ? (
        <p className="muted">
          No documents yet. Value stream maps, organisation designs and assessments of this workshop
          appear here.
        </p>
      ) : (
        <ul className="artefact-list">
          {workshop.artefacts.map((ref) => (
            <ArtefactItem
              key={ref.url}
              workshopHandle={workshopHandle}
              artefact={ref}
              painted={painted}
              ownDeviceId={ownDeviceId}
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

/**
 * One document of the workshop, listed by the title the workshop recorded for it, with the
 * people who have it open. Loading the document itself (to follow its live title and presence)
 * waits until the home has painted, so a document with a long history never holds up the list.
 */
function ArtefactItem(props: {
  workshopHandle: DocHandle<WorkshopDoc>;
  artefact: ArtefactRef;
  painted: boolean;
  ownDeviceId: string | undefined;
}) {
  const { workshopHandle, artefact, painted, ownDeviceId } = props;
  const href = routeHref({
    name: 'artefact',
    workshopUrl: workshopHandle.url,
    artefactUrl: artefact.url,
  });
  const kind = <span className="muted">{viewForKind(artefact.kind)?.label ?? artefact.kind}</span>;
  return (
    <li>
      {painted || artefact.title === undefined ? (
        <LiveArtefactLink
          href={href}
          workshopHandle={workshopHandle}
          artefact={artefact}
          kind={kind}
          ownDeviceId={ownDeviceId}
        />
      ) : (
        <>
          <RecordedArtefactLink href={href} title={artefact.title} /> {kind}
        </>
      )}
    </li>
  );
}

/** The title as last recorded; `aria-busy` while the document itself is not loaded yet. */
function RecordedArtefactLink({ href, title }: { href: string; title: string | undefined }) {
  return (
    <a href={href} aria-busy="true">
      {title === undefined ? 'Loading…' : title || 'Untitled'}
    </a>
  );
}

interface LiveArtefactProps {
  href: string;
  workshopHandle: DocHandle<WorkshopDoc>;
  artefact: ArtefactRef;
  /** The kind of document, shown after its title. */
  kind: ReactNode;
  ownDeviceId: string | undefined;
}

function LiveArtefactLink(props: LiveArtefactProps) {
  const state = useDocumentHandle<{ title?: string }>(props.artefact.url as AutomergeUrl);
  if (state.status !== 'ready')
    return (
      <>
        <RecordedArtefactLink href={props.href} title={props.artefact.title} /> {props.kind}
      </>
    );
  return <LiveArtefactTitle handle={state.handle} {...props} />;
}

function LiveArtefactTitle(props: LiveArtefactProps & { handle: DocHandle<{ title?: string }> }) {
  const { href, handle, workshopHandle, artefact, kind, ownDeviceId } = props;
  const title = useDocumentValue(handle).title ?? '';
  const peers = usePeersPresent(handle as DocHandle<unknown>, ownDeviceId);
  // Recorded outside the undo history: it follows the document, nobody typed it here.
  useEffect(() => {
    if (artefact.title !== title)
      workshopHandle.change((doc) => void recordArtefactTitle(doc, artefact.url, title));
  }, [workshopHandle, artefact.url, artefact.title, title]);
  return (
    <>
      <a href={href}>{title || 'Untitled'}</a> {kind}{' '}
      <PresenceList peers={peers} label={`In ${title || 'Untitled'}`} max={4} />
    </>
  );
}
