import type { Repo } from '@automerge/automerge-repo/slim';
import { createContext, useContext, type ReactNode } from 'react';
import { choosePlatform, type Platform } from '../platform';
import { createRepo } from '../storage/createRepo';
import { ObeyaDatabase } from '../storage/ObeyaDatabase';
import { trackSaves } from '../storage/saveStatus';
import { rejoinLastHub } from '../sync/hubSession';
import { reconnectSyncServers } from '../sync/syncServerSession';
import { WorkshopSync } from '../sync/workshopSync';
import { purgeDeletedWorkshops } from '../library/workshopLibrary';

/** What every view needs: the document repo, this device's index and the host platform. */
export interface AppServices {
  repo: Repo;
  db: ObeyaDatabase;
  platform: Platform;
  sync: WorkshopSync;
}

/**
 * Opens storage and the repo. A window opened only to print a report (`printOnly`) leaves the
 * room alone: it joins no hub or sync server (it would show up as one more person) and purges
 * no deletions (the coach may still undo one in the main window).
 */
export async function openAppServices(
  automergeReady: Promise<void>,
  { printOnly }: { printOnly: boolean },
): Promise<AppServices> {
  const db = new ObeyaDatabase();
  // The wasm compiles while IndexedDB opens.
  await Promise.all([automergeReady, db.open()]);
  const repo = createRepo({ db });
  const services = { repo, db, platform: choosePlatform(), sync: new WorkshopSync(repo) };
  trackSaves(services.repo);
  if (printOnly) return services;
  await rejoinLastHub(services);
  await reconnectSyncServers(services);
  // Deletions not undone before the last window closed are final now.
  await purgeDeletedWorkshops(services, Date.now());
  return services;
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
