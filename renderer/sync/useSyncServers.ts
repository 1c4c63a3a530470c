import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app/AppServices';
import type { SyncServerStatus } from './SyncServerLinks';

/** The sync servers this window's workshops sync through, and how each connection is. */
export function useSyncServers(): SyncServerStatus[] {
  const { sync } = useAppServices();
  return useSyncExternalStore(
    (onChange) => sync.servers.subscribe(onChange),
    () => sync.servers.statuses,
  );
}
