import type { ObeyaBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './Platform';

declare global {
  interface Window {
    /** Present only inside Obeya's Electron window (exposed by the preload). */
    obeya?: ObeyaBridge;
  }
}

/** The one place that chooses how the renderer reaches its host. */
export function choosePlatform(): Platform {
  return window.obeya ? createElectronPlatform(window.obeya) : createBrowserPlatform();
}

export type { Platform };
