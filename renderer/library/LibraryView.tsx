import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkshopDetails } from '../../shared/workshop/WorkshopDoc';
import { useAppServices } from '../app/AppServices';
import { useNotify } from '../app/Notifications';
import { navigate, parseRoute } from '../app/route';
import { loadDeviceIdentity } from '../storage/deviceIdentity';
import { useLiveQuery } from '../storage/useLiveQuery';
import { arrangeLibrary, LIBRARY_SORTS, type LibrarySort } from './librarySort';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { useImportFromDialog } from './useWorkshopImport';
import { WorkshopRow } from './WorkshopRow';
import { createWorkshop } from './workshopLibrary';
import { JoinDialog } from '../sync/JoinDialog';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';

/** The first screen: every workshop on this device, searchable and sortable. */
export function LibraryView({
  joining: joiningAtFirst = false,
  joinCode,
}: {
  joining?: boolean;
  joinCode?: string;
}) {
  const services = useAppServices();
  const notify = useNotify();
  const entries = useLiveQuery(() => services.db.workshops.toArray(), [services.db]);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<LibrarySort>('recent');
  const [creating, setCreating] = useState(false);
  const [joining, setJoining] = useState(joiningAtFirst);
  const [facilitator, setFacilitator] = useState('');
  const importFromDialog = useImportFromDialog();
  const newButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void loadDeviceIdentity(services.db).then((identity) => setFacilitator(identity.displayName));
  }, [services.db]);

  useEffect(() => {
    document.title = 'Obeya — Workshops';
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = services.platform.onMenuCommand((command) => {
      if (command === 'new-workshop') setCreating(true);
      if (command === 'import-workshop') void importFromDialog();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [services.platform, importFromDialog]);

  const create = useCallback(
    async (details: WorkshopDetails) => {
      setCreating(false);
      try {
        const url = await createWorkshop(services, details, Date.now());
        navigate({ name: 'workshop', workshopUrl: url });
      } catch (error) {
        notify({ tone: 'error', message: `Could not create the workshop: ${String(error)}` });
      }
    },
    [services, notify],
  );

  const visible = entries ? arrangeLibrary(entries, search, sort) : [];
  const total = entries?.filter((entry) => entry.deletedAt === undefined).length ?? 0;

  return (
    <div className="page">
      <header className="topbar">
        <span className="wordmark" aria-hidden="true">
          Obeya
        </span>
        <h1>Workshops</h1>
        <div className="topbar-actions">
          <SyncStatusBadge />
          <button type="button" onClick={() => setJoining(true)}>
            Join a workshop…
          </button>
          <button type="button" onClick={() => void importFromDialog()}>
            Import .obeya…
          </button>
          <button
            ref={newButton}
            type="button"
            className="primary"
            onClick={() => setCreating(true)}
          >
            New workshop
          </button>
        </div>
      </header>
      <main className="library" aria-busy={entries === undefined}>
        <div className="library-tools">
          <label className="search">
            <span className="visually-hidden">Search workshops</span>
            <input
              type="search"
              placeholder="Search by title, client or facilitator"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <label className="sort">
            Sort by{' '}
            <select value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
              {Object.entries(LIBRARY_SORTS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {entries !== undefined && total === 0 && (
          <section className="empty-state">
            <h2>No workshops yet</h2>
            <p>
              Create one for your next client engagement, or import a <code>.obeya</code> file a
              colleague sent you. Everything stays on this laptop and works without a network.
            </p>
          </section>
        )}
        {total > 0 && visible.length === 0 && (
          <p className="muted">No workshop matches “{search}”.</p>
        )}
        {visible.length > 0 && (
          <ul className="workshop-list" aria-label="Workshops">
            {visible.map((entry) => (
              <WorkshopRow key={entry.url} entry={entry} />
            ))}
          </ul>
        )}
      </main>
      {joining && (
        <JoinDialog
          joinCode={joinCode}
          hubUrl={joinCode !== undefined ? window.location.origin : undefined}
          onClose={() => {
            setJoining(false);
            // Back to the library's own address, so "Join again…" can open the dialog anew.
            if (parseRoute(window.location.hash).name === 'join') navigate({ name: 'library' });
          }}
        />
      )}
      {creating && (
        <NewWorkshopDialog
          defaultFacilitator={facilitator}
          onCreate={(details) => void create(details)}
          onClose={() => {
            setCreating(false);
            newButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}
