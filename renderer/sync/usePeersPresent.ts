import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useState } from 'react';
import {
  PRESENCE_TIMEOUT_MS,
  presenceMessageSchema,
  type PresenceMessage,
} from '../../shared/sync/presence';

export type PeerPresence = PresenceMessage;

/**
 * The others who have this document open, from the presence they announce in it (ephemeral
 * messages, relayed by the hub); this device's own announcements, from another window, are left
 * out. Listens only: opening a document in an editor announces it (`usePresence`).
 *
 * The list changes only when someone arrives, leaves, or changes name, colour or selection. A
 * heartbeat that says the same again renders nothing: a room of thirty sends ten a second, and
 * each used to re-render the whole editor on every laptop.
 */
export function usePeersPresent(
  handle: DocHandle<unknown>,
  ownDeviceId: string | undefined,
): PeerPresence[] {
  const [peers, setPeers] = useState<PeerPresence[]>([]);

  useEffect(() => {
    // When each was last heard from: outside React state, since it changes with every heartbeat.
    const lastHeard = new Map<string, number>();
    const onMessage = ({ message }: { message: unknown }) => {
      const parsed = presenceMessageSchema.safeParse(message);
      if (!parsed.success || parsed.data.deviceId === ownDeviceId) return;
      const announced = parsed.data;
      lastHeard.set(announced.deviceId, Date.now());
      setPeers((current) => {
        const index = current.findIndex((peer) => peer.deviceId === announced.deviceId);
        if (index === -1) return [...current, announced];
        if (samePresence(current[index]!, announced)) return current;
        return current.with(index, announced);
      });
    };
    const prune = setInterval(() => {
      const now = Date.now();
      setPeers((current) => {
        const fresh = current.filter(
          (peer) => now - (lastHeard.get(peer.deviceId) ?? 0) < PRESENCE_TIMEOUT_MS,
        );
        return fresh.length === current.length ? current : fresh;
      });
    }, 1000);
    handle.on('ephemeral-message', onMessage);
    return () => {
      handle.off('ephemeral-message', onMessage);
      clearInterval(prune);
    };
  }, [handle, ownDeviceId]);

  return peers;
}

function samePresence(a: PeerPresence, b: PeerPresence): boolean {
  return a.name === b.name && a.color === b.color && a.selectedStepId === b.selectedStepId;
}
