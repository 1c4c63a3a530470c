import QRCode from 'qrcode';
import { useState } from 'react';
import type { HostingInfo } from '../../shared/ipc/contract';
import { formatJoinCode } from '../../shared/sync/joinCode';
import { useAppServices } from '../app/AppServices';
import { loadDeviceIdentity } from '../storage/deviceIdentity';
import { joinHubAndRemember, leaveHub } from './hubSession';

interface Hosting extends HostingInfo {
  joinLink: string;
  qrSvg: string;
}

/**
 * "Host this workshop": starts this laptop's hub, joins it, and shows the room how to join —
 * the link, the code and a QR code of the link.
 */
export function HostPanel({ workshopUrl }: { workshopUrl: string }) {
  const services = useAppServices();
  const [hosting, setHosting] = useState<Hosting>();
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
      setHosting({
        ...info,
        joinLink,
        qrSvg: await QRCode.toString(joinLink, { type: 'svg', margin: 1 }),
      });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };

  const stop = async () => {
    await services.platform.stopHosting();
    await leaveHub(services);
    setHosting(undefined);
  };

  return (
    <section className="panel host-panel" aria-labelledby="host-heading">
      <h2 id="host-heading">Work together in the room</h2>
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
    </section>
  );
}
