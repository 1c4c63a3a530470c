import type { PeerPresence } from './usePeersPresent';

/** The people who have a document open, each in their colour. */
export function PresenceList({
  peers,
  label = 'Also here',
}: {
  peers: PeerPresence[];
  label?: string;
}) {
  if (peers.length === 0) return null;
  return (
    <ul className="presence" aria-label={label}>
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
