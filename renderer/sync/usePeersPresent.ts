import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useState } from 'react';
import {
  PRESENCE_TIMEOUT_MS,
  presenceMessageSchema,
  type PresenceMessage,
} from '../../shared/sync/presence';

export interface PeerPresence extends PresenceMessage {
  seenAt: number;
}

/**
 * The others who have this document open, from the presence they announce in it (ephemeral
 * messages, relayed by the hub); this device's own announcements, from another window, are left
 * out. Listens only: opening a document in an editor announces it (`usePresence`).
 */
export function usePeersPresent(
  handle: DocHandle<unknown>,
  ownDeviceId: string | undefined,
): PeerPresence[] {
  const [peers, setPeers] = useState<Map<string, PeerPresence>>(new Map());

  useEffect(() => {
    const onMessage = ({ message }: { message: unknown }) => {
      const parsed = presenceMessageSchema.safeParse(message);
      if (!parsed.success || parsed.data.deviceId === ownDeviceId) return;
      setPeers((current) =>
        new Map(current).set(parsed.data.deviceId, { ...parsed.data, seenAt: Date.now() }),
      );
    };
    const prune = setInterval(() => {
      setPeers((current) => {
        const now = Date.now();
        const fresh = [...current].filter(([, peer]) => now - peer.seenAt < PRESENCE_TIMEOUT_MS);
        return fresh.length === current.size ? current : new Map(fresh);
      });
    }, 1000);
    handle.on('ephemeral-message', onMessage);
    return () => {
      handle.off('ephemeral-message', onMessage);
      clearInterval(prune);
    };
  }, [handle, ownDeviceId]);

  return [...peers.values()];
}
