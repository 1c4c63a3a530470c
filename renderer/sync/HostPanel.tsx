import type { AutomergeUrl } from '@automerge/automerge-repo/slim';
import QRCode from 'qrcode';
import { useState } from 'react';
import { formatJoinCode } from '../../shared/sync/joinCode';
import { useAppServices } from '../app/AppServices';
import { loadDeviceIdentity } from '../storage/deviceIdentity';
import { setHosting, useHosting } from './hostingState';
import { joinHubAndRemember, leaveHub } from './hubSession';
import { SyncServerSettings } from './SyncServerSettings';
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

  const host = async () => {
    setError(undefined);
    try {
      const identity = await loadDeviceIdentity(services.db);
      const hostName = identity.displayName || 'the host';
      const info = await services.platform.hostWorkshop({ workshopUrl, hostName });
      await joinHubAndRemember(services, {
        hubUrl: info.hubUrl,
        joinCode: info.joinCode,
        peerName: hostName,
      });
      const joinLink = `${info.hubUrl}/#/join/${info.joinCode}`;
      // One hub per laptop: a second hosted workshop joins the ones it already shares.
      const sameHub = current?.hubUrl === info.hubUrl ? current.workshopUrls : [];
      setHosting({
        ...info,
        joinLink,
        qrSvg: await QRCode.toString(joinLink, { type: 'svg', margin: 1 }),
        workshopUrls: [...sameHub, workshopUrl],
      });
    } catch (reason) {
      setError(errorMessage(reason));
    }
  };

  const stop = async () => {
    setError(undefined);
    try {
      await services.platform.stopHosting();
    } catch (reason) {
      setError(errorMessage(reason));
      return;
    }
    await leaveHub(services);
    setHosting(undefined);
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
            <button type="button" onClick={() => void stop()}>
              Stop hosting
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted">
            Host this workshop on this laptop: everyone in the room edits the same maps from their
            own laptop or browser, without internet. Edits made offline merge when they reconnect.
          </p>
          <button type="button" className="primary" onClick={() => void host()}>
            Host this workshop
          </button>
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
