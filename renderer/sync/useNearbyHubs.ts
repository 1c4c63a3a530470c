import { useEffect, useState } from 'react';
import type { DiscoveredHub } from '../../shared/ipc/contract';
import { useAppServices } from '../app/AppServices';

/** Often enough that a hub started while the dialog is open shows up within a breath. */
const POLL_MS = 2000;

/**
 * The hubs announced on this network, asked of the platform while the caller is mounted; null
 * while unknown or where the platform cannot look (a browser served by another laptop's hub).
 */
export function useNearbyHubs(): DiscoveredHub[] | null {
  const { platform } = useAppServices();
  const [hubs, setHubs] = useState<DiscoveredHub[] | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      platform.listHubs().then(
        (found) => {
          if (stopped) return;
          setHubs(found);
          // A platform that cannot look now will not be able to later either.
          if (found !== null) timer = setTimeout(poll, POLL_MS);
        },
        () => !stopped && setHubs(null),
      );
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [platform]);
  return hubs;
}
