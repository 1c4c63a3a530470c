import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useState } from 'react';
import {
  PRESENCE_HEARTBEAT_MS,
  PRESENCE_TIMEOUT_MS,
  PRESENCE_TYPE,
  presenceColor,
  presenceMessageSchema,
  type PresenceMessage,
} from '../../shared/sync/presence';
import { useAppServices } from '../app/AppServices';
import { loadDeviceIdentity, type DeviceIdentity } from '../storage/deviceIdentity';

export interface PeerPresence extends PresenceMessage {
  seenAt: number;
}

/**
 * Who else has this document open and which step each has selected, through automerge-repo's
 * ephemeral messages (relayed by the hub, never stored). Announces this person too.
 */
export function usePresence(
  handle: DocHandle<unknown>,
  selectedStepId: string | null,
): PeerPresence[] {
  const { db } = useAppServices();
  const [identity, setIdentity] = useState<DeviceIdentity>();
  const [peers, setPeers] = useState<Map<string, PeerPresence>>(new Map());

  useEffect(() => {
    void loadDeviceIdentity(db).then(setIdentity);
  }, [db]);

  // A string, so the announcing below restarts only when the colour itself changes.
  const color = identity && presenceColor(identity.id, [...peers.values()]);

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
  }, [handle, identity, color, selectedStepId]);

  useEffect(() => {
    const onMessage = ({ message }: { message: unknown }) => {
      const parsed = presenceMessageSchema.safeParse(message);
      if (!parsed.success || parsed.data.deviceId === identity?.id) return;
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
  }, [handle, identity]);

  return [...peers.values()];
}
