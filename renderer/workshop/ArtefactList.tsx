import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { addArtefact } from '../../shared/workshop/workshopChanges';
import type { ArtefactRef, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useAppServices } from '../app/AppServices';
import { navigate, routeHref } from '../app/useHashRoute';
import { changeDocument } from '../documents/documentHistory';
import { useDocumentHandle, useDocumentValue } from '../documents/useDocument';
import { artefactKindViews, viewForKind } from './artefactKinds';

/** The documents of a workshop, and buttons to start new ones. */
export function ArtefactList({ workshopHandle }: { workshopHandle: DocHandle<WorkshopDoc> }) {
  const { repo } = useAppServices();
  const workshop = useDocumentValue(workshopHandle);

  return (
    <section aria-labelledby="documents-heading" className="panel">
      <h2 id="documents-heading">Documents</h2>
      {workshop.artefacts.length === 0 ? (
        <p className="muted">
          No documents yet. Value stream maps, organisation designs and assessments of this workshop appear here.
        </p>
      ) : (
        <ul className="artefact-list">
          {workshop.artefacts.map((ref) => (
            <ArtefactItem key={ref.url} workshopUrl={workshopHandle.url} artefact={ref} />
          ))}
        </ul>
      )}
      {artefactKindViews.length > 0 && (
        <div className="artefact-create">
          {artefactKindViews.map((view) => (
            <button
              key={view.kind}
              type="button"
              onClick={() => {
                const handle = view.create(repo, Date.now());
                changeDocument(workshopHandle, (doc) => addArtefact(doc, handle.url, view.kind, Date.now()));
                navigate({ name: 'artefact', workshopUrl: workshopHandle.url, artefactUrl: handle.url });
              }}
            >
              New {view.label}
            </button>
          ))}
        </div>
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
