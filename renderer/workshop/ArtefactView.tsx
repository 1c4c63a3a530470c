import type { DocHandle } from '@automerge/automerge-repo/slim';
import { Suspense } from 'react';
import { routeHref } from '../app/route';
import { DocumentReadGuard } from '../documents/DocumentReadGuard';
import { useDocumentHandle } from '../documents/useDocument';
import { viewForKind } from './artefactKinds';

/** Opens one document of a workshop in the editor for its kind. */
export function ArtefactView(props: { workshopUrl: string; artefactUrl: string }) {
  const state = useDocumentHandle<{ kind?: string }>(props.artefactUrl);
  if (state.status === 'loading') return <p className="page muted">Opening document…</p>;
  const view = state.status === 'ready' ? viewForKind(state.handle.doc().kind ?? '') : undefined;
  if (state.status === 'missing' || !view) {
    return (
      <main className="page" role="alert">
        <h1>This document cannot be opened</h1>
        <p>
          {state.status === 'missing'
            ? state.message
            : 'This version of Obeya does not know its kind.'}
        </p>
        <a href={routeHref({ name: 'workshop', workshopUrl: props.workshopUrl })}>
          Back to the workshop
        </a>
      </main>
    );
  }
  return (
    <Suspense fallback={<p className="page muted">Opening document…</p>}>
      <DocumentReadGuard
        kind={view.kind}
        handle={state.handle as DocHandle<unknown>}
        workshopUrl={props.workshopUrl}
      >
        <view.Editor handle={state.handle as DocHandle<unknown>} workshopUrl={props.workshopUrl} />
      </DocumentReadGuard>
    </Suspense>
  );
}
