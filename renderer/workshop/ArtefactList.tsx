import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { addArtefact } from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useState } from 'react';
import { useAppServices } from '../app/AppServices';
import { navigate, routeHref } from '../app/useHashRoute';
import { changeDocument } from '../documents/documentHistory';
import { useDocumentHandle, useDocumentValue } from '../documents/useDocument';
import { artefactKindViews, viewForKind, type ArtefactKindView } from './artefactKinds';

/** The documents of a workshop, and buttons to start new ones. */
export function ArtefactList({ workshopHandle }: { workshopHandle: DocHandle<WorkshopDoc> }) {
  const { repo } = useAppServices();
  const workshop = useDocumentValue(workshopHandle);
  const [creating, setCreating] = useState<ArtefactKindView | null>(null);

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
            <ArtefactItem key={ref.url} workshopUrl={workshopHandle.url} artefact={ref} />
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
              addArtefact(doc, handle.url, creating.kind, Date.now()),
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

function ArtefactItem({ workshopUrl, artefact }: { workshopUrl: string; artefact: ArtefactRef }) {
  const state = useDocumentHandle<{ title?: string }>(artefact.url as AutomergeUrl);
  const label = viewForKind(artefact.kind)?.label ?? artefact.kind;
  return (
    <li>
      <a href={routeHref({ name: 'artefact', workshopUrl, artefactUrl: artefact.url })}>
        {state.status === 'ready' ? <ArtefactTitle handle={state.handle} /> : 'Loading…'}
      </a>{' '}
      <span className="muted">{label}</span>
    </li>
  );
}

function ArtefactTitle({ handle }: { handle: DocHandle<{ title?: string }> }) {
  const doc = useDocumentValue(handle);
  return <>{doc.title || 'Untitled'}</>;
}
