import type { ObeyaBridge } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

/** The Electron platform: a thin pass-through to the API the preload exposes. */
export function createElectronPlatform(bridge: ObeyaBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    printToPdf: (request) => bridge.printToPdf(request),
    hostWorkshop: (request) => bridge.hostWorkshop(request),
    stopHosting: () => bridge.stopHosting(),
    listHubs: () => bridge.listHubs(),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
