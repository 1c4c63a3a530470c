import path from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The only webPreferences any Obeya window uses (the main window and hidden print windows), per
 * Electron's security checklist. Type-only Electron import: the unit tests import this under
 * plain Node to assert every flag.
 */
export const SECURE_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
  // Next to the bundled main process: dist/main/preload.cjs beside dist/main/index.cjs.
  preload: path.join(__dirname, 'preload.cjs'),
});
