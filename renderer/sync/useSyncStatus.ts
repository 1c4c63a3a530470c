import { useSyncExternalStore } from 'react';
import type { HubConnectionStatus } from '../../shared/sync/HubConnection';
import { useAppServices } from '../app/AppServices';

export function useSyncStatus(): HubConnectionStatus {
  const { sync } = useAppServices();
  return useSyncExternalStore(
    (onChange) => sync.subscribe(onChange),
    () => sync.status,
  );
}
