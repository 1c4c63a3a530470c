import type { AutomergeUrl } from '@automerge/automerge-repo/slim';
import { useId, useState, type FormEvent } from 'react';
import { SYNC_SERVER_URL_EXAMPLE, syncServerUrlSchema } from '../../shared/sync/syncServerSchemas';
import { useAppServices } from '../app/AppServices';
import type { SyncServerState } from './SyncServerLinks';
import { connectToSyncServer, disconnectFromSyncServer } from './syncServerSession';
import { useSyncServers } from './useSyncServers';
import './sync.css';

const STATE_TEXT: Record<SyncServerState, string> = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'unreachable, retrying…',
};

/**
 * "Beyond this room": keeps this workshop synced through a standard automerge-repo sync server,
 * for a team spread over sites. Anyone with the server's address and the workshop link joins.
 */
export function SyncServerSettings({ workshopUrl }: { workshopUrl: AutomergeUrl }) {
  const services = useAppServices();
  const id = useId();
  const linked = useSyncServers().find((server) => server.workshopUrls.includes(workshopUrl));
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    const serverUrl = syncServerUrlSchema.safeParse(address);
    if (!serverUrl.success) {
      setError(serverUrl.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    await connectToSyncServer(services, { serverUrl: serverUrl.data, workshopUrl });
  };

  return (
    <section className="sync-server" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Beyond this room: a sync server</h3>
      {linked ? (
        <>
          <p>
            Synced through <code>{linked.serverUrl}</code> —{' '}
            <span data-sync-server-state={linked.state}>{STATE_TEXT[linked.state]}</span>
          </p>
          <div className="field">
            <label htmlFor={`${id}-link`}>Workshop link</label>
            <input
              id={`${id}-link`}
              readOnly
              value={workshopUrl}
              onFocus={(e) => e.target.select()}
            />
          </div>
          <p className="muted">
            Colleagues elsewhere choose “Join a workshop…”, then “On a sync server”, and enter this
            server’s address and the workshop link.
          </p>
          <button
            type="button"
            onClick={() => void disconnectFromSyncServer(services, workshopUrl)}
          >
            Disconnect from the sync server
          </button>
        </>
      ) : (
        <form className="sync-server-form" onSubmit={(event) => void connect(event)} noValidate>
          <p className="muted">
            For a team spread over sites: sync this workshop through an automerge-repo sync server
            everyone can reach. Whoever has its address and the workshop link can join.
          </p>
          <div className="field">
            <label htmlFor={`${id}-address`}>Sync server address</label>
            <input
              id={`${id}-address`}
              value={address}
              placeholder={SYNC_SERVER_URL_EXAMPLE}
              aria-invalid={error !== undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => setAddress(event.target.value)}
            />
          </div>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
          <div>
            <button type="submit">Connect to the sync server</button>
          </div>
        </form>
      )}
    </section>
  );
}
