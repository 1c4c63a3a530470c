import type { ObeyaBridge } from '../../shared/ipc/contract';

/**
 * Everything the renderer needs from its host: files, PDF printing, OS-opened files and the
 * native menu. One implementation talks to Electron's preload bridge, the other to a plain
 * browser; `index.ts` picks one, once.
 */
export interface Platform extends ObeyaBridge {
  readonly kind: 'electron' | 'browser';
}
