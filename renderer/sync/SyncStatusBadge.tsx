import type { HubConnectionStatus } from '../../shared/sync/HubConnection';
import { useSyncStatus } from './useSyncStatus';

function describe(status: HubConnectionStatus): { label: string; tone: string } {
  switch (status.state) {
    case 'stopped':
      return { label: 'Offline — on this laptop', tone: 'offline' };
    case 'joining':
      return { label: status.attempt > 1 ? 'Reconnecting…' : 'Connecting…', tone: 'connecting' };
    case 'connected':
      return { label: `Live — ${status.hub.name}`, tone: 'live' };
    case 'offline':
      return {
        label: `Reconnecting in ${Math.ceil(status.retryInMs / 1000)} s…`,
        tone: 'connecting',
      };
    case 'refused':
      return { label: 'Wrong join code', tone: 'refused' };
  }
}

/** Whether this laptop is syncing with the room: offline, connecting, live or refused. */
export function SyncStatusBadge() {
  const status = useSyncStatus();
  const { label, tone } = describe(status);
  return (
    <span className={`sync-badge sync-${tone}`} data-sync={status.state} aria-live="polite">
      {label}
    </span>
  );
}
