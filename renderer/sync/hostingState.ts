import { useSyncExternalStore } from 'react';
import type { HostingInfo } from '../../shared/ipc/contract';

/** What this window is hosting: one hub per laptop, sharing each workshop it was asked to. */
export interface Hosting extends HostingInfo {
  joinLink: string;
  /** The QR code of the join link, as SVG markup. */
  qrSvg: string;
  workshopUrls: string[];
}

/*
 * Kept outside the Host panel, so the join link and code are still shown after the coach has
 * been to a map and back; after a reload, `resumeHosting` brings them back.
 */
let hosting: Hosting | undefined;
const listeners = new Set<() => void>();

export function currentHosting(): Hosting | undefined {
  return hosting;
}

export function setHosting(next: Hosting | undefined): void {
  hosting = next;
  for (const listener of listeners) listener();
}

export function useHosting(): Hosting | undefined {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => hosting,
  );
}
