import type { Repo } from '@automerge/automerge-repo/slim';
import { createContext, useContext, type ReactNode } from 'react';
import { choosePlatform, type Platform } from '../platform';
import { initAutomerge } from '../storage/automergeWasm';
import { createRepo } from '../storage/createRepo';
import { ObeyaDatabase } from '../storage/ObeyaDatabase';
import { trackSaves } from '../storage/saveStatus';
import { resumeHosting } from '../sync/hostingSession';
import { rejoinLastHub } from '../sync/hubSession';
import { reconnectSyncServers } from '../sync/syncServerSession';
import { WorkshopSync } from '../sync/workshopSync';
import { purgeDeletedWorkshops } from '../library/workshopLibrary';
import { purgeDeletedDocuments } from '../workshop/documentDeletion';

/** What every view needs: the document repo, this device's index and the host platform. */
export interface AppServices {
  /**
   * Usable once Automerge's wasm is compiled: in every view behind `AutomergeGate` (all but the
   * library), elsewhere through `readyRepo`.
   */
  repo: Repo;
  /** The repo once Automerge's wasm is compiled; starts compiling it if nothing has yet. */
  readyRepo: () => Promise<Repo>;
  db: ObeyaDatabase;
  platform: Platform;
  sync: WorkshopSync;
}

/** Opens storage and the repo; Automerge's wasm may still be compiling (see `readyRepo`). */
export async function openAppServices(): Promise<AppServices> {
  const db = new ObeyaDatabase();
  await db.open();
  const repo = createRepo({ db });
  const services: AppServices = {
    repo,
    readyRepo: () => initAutomerge().then(() => repo),
    db,
    platform: choosePlatform(),
    sync: new WorkshopSync(repo),
  };
  trackSaves(services.repo);
  return services;
}

/**
 * What start-up does once the first screen shows: compile Automerge's wasm, host again what this
 * laptop hosted or rejoin the hub it was joined to, reconnect the sync servers it was linked to,
 * and make final the deletions not undone before the last window closed. A window opened only
 * to print a report (`printOnly`) leaves the room alone: it would show up as one more person,
 * and the coach may still undo a deletion in the main window.
 */
export async function resumeSession(
  services: AppServices,
  { printOnly }: { printOnly: boolean },
): Promise<void> {
  // Deletions made in this window keep their Undo, however long the steps below take.
  const startedAt = Date.now();
  await services.readyRepo();
  if (printOnly) return;
  // Hosting joins this laptop's own hub; otherwise rejoin the hub it was joined to.
  if (!(await resumeHosting(services))) await rejoinLastHub(services);
  await reconnectSyncServers(services);
  await purgeDeletedWorkshops(services, startedAt);
  await purgeDeletedDocuments(services, startedAt);
}

const AppServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider(props: { services: AppServices; children: ReactNode }) {
  return (
    <AppServicesContext.Provider value={props.services}>
      {props.children}
    </AppServicesContext.Provider>
  );
}

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices outside AppServicesProvider');
  return services;
}
