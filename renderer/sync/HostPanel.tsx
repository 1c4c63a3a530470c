import type { AutomergeUrl } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { cleanDisplayName, MAX_DISPLAY_NAME_LENGTH } from '../../shared/sync/displayName';
import { formatJoinCode } from '../../shared/sync/joinCode';
import { useAppServices } from '../app/AppServices';
import { saveDisplayName } from '../storage/deviceIdentity';
import { useHosting } from './hostingState';
import { hostAndRemember, stopHostingAndForget } from './hostingSession';
import { NewJoinCode } from './NewJoinCode';
import { SyncServerSettings } from './SyncServerSettings';
import { useDeviceIdentity } from './useDeviceIdentity';
import { errorMessage } from '../../shared/errorMessage';

/**
 * "Host this workshop": starts this laptop's hub, joins it, and shows the room how to join —
 * the link, the code and a QR code of the link. Below it, syncing beyond the room.
 */
export function HostPanel({ workshopUrl }: { workshopUrl: AutomergeUrl }) {
  const services = useAppServices();
  const current = useHosting();
  const hosting = current?.workshopUrls.includes(workshopUrl) ? current : undefined;
  const [error, setError] = useState<string>();
  const id = useId();
  const identity = useDeviceIdentity();
  const [name, setName] = useState('');
  // The name this laptop last went by, once it is read; typing before that wins.
  useEffect(() => {
    if (identity?.displayName) setName((typed) => typed || identity.displayName);
  }, [identity]);

  /** Starts (or restarts, with `newJoinCode`) the hub, joins it and shows how to join. */
  const startHosting = async (newJoinCode: boolean) => {
    const hostName = cleanDisplayName(name);
    // The room sees it in the Join list ("Workshop — name") and on everything the host selects.
    if (hostName === '') return setError('Your name tells the room whose workshop this is.');
    setError(undefined);
    try {
      await saveDisplayName(services.db, hostName);
      await hostAndRemember(services, { workshopUrl, hostName, newJoinCode });
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  const host = (event: FormEvent) => {
    event.preventDefault();
    void startHosting(false);
  };

  const stop = async () => {
    setError(undefined);
    try {
      await stopHostingAndForget(services);
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  return (
    <section className="panel host-panel" aria-labelledby="host-heading">
      <h2 id="host-heading">Work together</h2>
      {hosting ? (
        <div className="host-details">
          <img
            className="host-qr"
            alt={`QR code of the join link ${hosting.joinLink}`}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(hosting.qrSvg)}`}
          />
          <div>
            <p>
              Join link: <a href={hosting.joinLink}>{hosting.joinLink}</a>
            </p>
            <p>
              Join code: <strong className="join-code">{formatJoinCode(hosting.joinCode)}</strong>
            </p>
            <p className="muted small">
              Others choose “Join a workshop…” and type the address and the code, or open the link
              in a browser.
            </p>
            <p className="muted small">
              Hosted again — after a break, or when this laptop restarts — the workshop keeps this
              address and code, and the room reconnects by itself. A new code shuts out anyone who
              has only the old one.
            </p>
            <div className="host-actions">
              <NewJoinCode onConfirm={() => startHosting(true)} />
              <button type="button" onClick={() => void stop()}>
                Stop hosting
              </button>
            </div>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">
            Host this workshop on this laptop: everyone in the room edits the same maps from their
            own laptop or browser, without internet. Edits made offline merge when they reconnect.
          </p>
          <form className="host-form" onSubmit={host} noValidate>
            <div className="field">
              <label htmlFor={`${id}-name`}>Your name</label>
              <input
                id={`${id}-name`}
                value={name}
                maxLength={MAX_DISPLAY_NAME_LENGTH}
                autoComplete="name"
                onChange={(event) => setName(event.target.value)}
              />
            </div>
            <button type="submit" className="primary">
              Host this workshop
            </button>
          </form>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <SyncServerSettings workshopUrl={workshopUrl} />
    </section>
  );
}
