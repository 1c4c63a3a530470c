import { useEffect, useMemo, useState } from 'react';
import type { HubConnectionStatus } from '../../shared/sync/HubConnection';
import { useAppServices } from '../app/AppServices';
import { navigate } from '../app/route';
import type { SyncServerState, SyncServerStatus } from './SyncServerLinks';
import { useSyncServers } from './useSyncServers';
import { useSyncStatus } from './useSyncStatus';
import './sync.css';

function describe(
  status: HubConnectionStatus,
  peopleHere: number | undefined,
): { label: string; tone: string } {
  switch (status.state) {
    case 'stopped':
      return { label: 'Offline — on this laptop', tone: 'offline' };
    case 'joining':
      return { label: status.attempt > 1 ? 'Reconnecting…' : 'Connecting…', tone: 'connecting' };
    case 'connected':
      return {
        label:
          peopleHere === undefined
            ? `Live — ${status.hub.name}`
            : `Live with ${peopleHere} ${peopleHere === 1 ? 'person' : 'people'} — ${status.hub.name}`,
        tone: 'live',
      };
    case 'offline':
      return { label: 'Offline — reconnecting', tone: 'connecting' };
    case 'refused':
      return { label: 'Wrong join code', tone: 'refused' };
  }
}

const SERVER_LABELS: Record<SyncServerState, string> = {
  connecting: 'Connecting to the sync server…',
  live: 'Live — sync server',
  reconnecting: 'Sync server unreachable — retrying…',
};

/**
 * Whether this laptop is syncing with others: with the room's hub (offline, connecting, live or
 * refused), and with each sync server beyond the room. In a document, `peopleHere` (this person
 * and everyone whose presence shows in it) says how many are working on it live.
 */
export function SyncStatusBadge({ peopleHere }: { peopleHere?: number } = {}) {
  const { sync } = useAppServices();
  const status = useSyncStatus();
  const servers = useSyncServers();
  const { label, tone } = describe(status, peopleHere);
  // "Offline" would be wrong while a sync server carries this laptop's edits.
  const showHub = status.state !== 'stopped' || servers.length === 0;
  return (
    <>
      {showHub && (
        <span className={`sync-badge sync-${tone}`} data-sync={status.state} aria-live="polite">
          {label}
          {status.state === 'offline' && <RetryCountdown status={status} />}
        </span>
      )}
      {/* The hub may be back before the wait is over (the host restarted it); the hub's own
          "wait" after too many attempts is not cut short. */}
      {status.state === 'refused' && (
        <button type="button" className="sync-retry" onClick={() => navigate({ name: 'join' })}>
          Join again…
        </button>
      )}
      {status.state === 'offline' && status.reason !== 'too-many-attempts' && (
        <button type="button" className="sync-retry" onClick={() => sync.retryNow()}>
          Reconnect now
        </button>
      )}
      {servers.map((server) => (
        <SyncServerBadge key={server.serverUrl} server={server} />
      ))}
    </>
  );
}

/**
 * " in 12 s", counting down to the next attempt. Hidden from screen readers: the badge is a live
 * region, and a number changing every second would be read out every second; they hear
 * "Offline — reconnecting" once, and have Reconnect now.
 */
function RetryCountdown({
  status,
}: {
  status: Extract<HubConnectionStatus, { state: 'offline' }>;
}) {
  const deadline = useMemo(() => Date.now() + status.retryInMs, [status]);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  return (
    <span aria-hidden="true">{` in ${Math.max(0, Math.ceil((deadline - now) / 1000))} s`}</span>
  );
}

function SyncServerBadge({ server }: { server: SyncServerStatus }) {
  const tone = server.state === 'live' ? 'live' : 'connecting';
  return (
    <span
      className={`sync-server-badge sync-${tone}`}
      data-sync-server={server.state}
      title={server.serverUrl}
      aria-live="polite"
    >
      {SERVER_LABELS[server.state]}
    </span>
  );
}
