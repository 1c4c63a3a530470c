import type { PeerPresence } from './usePresence';

/** The people who have this document open, each in their colour. */
export function PresenceList({ peers }: { peers: PeerPresence[] }) {
  if (peers.length === 0) return null;
  return (
    <ul className="presence" aria-label="Also here">
      {peers.map((peer) => (
        <li
          key={peer.deviceId}
          style={{ borderColor: peer.color, color: peer.color }}
          title={peer.name}
        >
          {peer.name}
        </li>
      ))}
    </ul>
  );
}
