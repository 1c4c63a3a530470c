import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useRef } from 'react';
import { updateWorkshopDetails } from '../../shared/workshop/workshopChanges';
import { workshopDetailsSchema } from '../../shared/workshop/workshopSchema';
import type { WorkshopDetails, WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { useAppServices } from '../app/AppServices';
import { routeHref } from '../app/route';
import { changeDocument } from '../documents/documentHistory';
import { EditableField } from '../documents/EditableField';
import { SaveStatusBadge } from '../documents/SaveStatusBadge';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { UndoButtons } from '../documents/UndoButtons';
import { useDocumentHandle, useDocumentValue } from '../documents/useDocument';
import { useUndoShortcuts } from '../documents/useUndoShortcuts';
import { indexWorkshop } from '../library/workshopLibrary';
import { useWorkshopExport } from '../library/useWorkshopExport';
import { WorkshopReportExport } from '../print/export/WorkshopReportExport';
import { HostPanel } from '../sync/HostPanel';
import { ArtefactList } from './ArtefactList';

/** A workshop's home: its details and the documents it holds. */
export function WorkshopHome({ workshopUrl }: { workshopUrl: string }) {
  const state = useDocumentHandle<WorkshopDoc>(workshopUrl);
  if (state.status === 'loading') return <p className="page muted">Opening workshop…</p>;
  if (state.status === 'missing') {
    return (
      <main className="page" role="alert">
        <h1>Workshop not found</h1>
        <p>It is not stored on this device. {state.message}</p>
        <a href={routeHref({ name: 'library' })}>Back to the library</a>
      </main>
    );
  }
  return <WorkshopHomeView handle={state.handle} />;
}

const detailFields: { key: keyof WorkshopDetails; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'client', label: 'Client' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'facilitator', label: 'Facilitator' },
];

function WorkshopHomeView({ handle }: { handle: DocHandle<WorkshopDoc> }) {
  const { db } = useAppServices();
  const workshop = useDocumentValue(handle);
  const exportWorkshop = useWorkshopExport();
  useUndoShortcuts(handle as DocHandle<unknown>);

  // The first index write also records when it was opened; later ones follow its changes.
  const openRecorded = useRef(false);
  useEffect(() => {
    document.title = `Obeya — ${workshop.title}`;
    const openedAt = openRecorded.current ? undefined : Date.now();
    openRecorded.current = true;
    void indexWorkshop(db, handle.url, workshop, openedAt);
  }, [db, handle, workshop]);

  return (
    <div className="page">
      <header className="topbar">
        <a className="back-link" href={routeHref({ name: 'library' })}>
          ← Workshops
        </a>
        <h1>{workshop.title}</h1>
        <div className="topbar-actions">
          <SyncStatusBadge />
          <SaveStatusBadge />
          <UndoButtons handle={handle as DocHandle<unknown>} />
          <button type="button" onClick={() => void exportWorkshop(handle.url)}>
            Export .obeya
          </button>
          <WorkshopReportExport workshopUrl={handle.url} title={workshop.title} />
        </div>
      </header>
      <main className="workshop-home">
        <section aria-labelledby="details-heading" className="panel">
          <h2 id="details-heading">Workshop details</h2>
          <div className="details-grid">
            {detailFields.map(({ key, label, type }) => (
              <EditableField
                key={key}
                label={label}
                type={type ?? 'text'}
                value={workshop[key]}
                validate={(text) => {
                  const result = workshopDetailsSchema.shape[key].safeParse(text);
                  return result.success
                    ? null
                    : (result.error.issues[0]?.message ?? 'Invalid value');
                }}
                onCommit={(text) =>
                  changeDocument(
                    handle,
                    (doc) => updateWorkshopDetails(doc, { [key]: text }, Date.now()),
                    key,
                  )
                }
              />
            ))}
          </div>
        </section>
        <ArtefactList workshopHandle={handle} />
        <HostPanel workshopUrl={handle.url} />
      </main>
    </div>
  );
}
