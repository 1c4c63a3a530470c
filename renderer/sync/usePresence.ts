import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect } from 'react';
import {
  PRESENCE_HEARTBEAT_MS,
  PRESENCE_TYPE,
  presenceColor,
  type PresenceMessage,
} from '../../shared/sync/presence';
import { useDeviceIdentity } from './useDeviceIdentity';
import { usePeersPresent, type PeerPresence } from './usePeersPresent';

/**
 * Who else has this document open and which step each has selected, through automerge-repo's
 * ephemeral messages (relayed by the hub, never stored). Announces this person too.
 */
export function usePresence(
  handle: DocHandle<unknown>,
  selectedStepId: string | null,
): PeerPresence[] {
  const identity = useDeviceIdentity();
  const peers = usePeersPresent(handle, identity?.id);
  // A string, so the announcing below restarts only when the colour itself changes.
  const color = identity && presenceColor(identity.id, peers);
  // Whoever just opened the document hears from everyone at once, not over the next heartbeat
  // (up to 3 s): a change in who is here announces this person again.
  const whoIsHere = peers
    .map((peer) => peer.deviceId)
    .sort()
    .join(' ');

  useEffect(() => {
    if (!identity || !color) return;
    const announce = () => {
      const message: PresenceMessage = {
        type: PRESENCE_TYPE,
        deviceId: identity.id,
        name: identity.displayName || 'Someone',
        color,
        selectedStepId,
      };
      try {
        handle.broadcast(message);
      } catch {
        // No connection at the moment: the next heartbeat tries again.
      }
    };
    announce();
    const heartbeat = setInterval(announce, PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(heartbeat);
  }, [handle, identity, color, selectedStepId, whoIsHere]);

  return peers;
}
