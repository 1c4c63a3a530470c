import path from 'node:path';
import { app, BrowserWindow, screen, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { APP_INDEX_URL, isAppUrl, isExternalWebUrl } from './appUrl';
import { SECURE_WEB_PREFERENCES } from './secureWebPreferences';
import { readWindowState, WINDOW_STATE_FILE, writeWindowState } from './windowState';

const DEFAULT_SIZE = { width: 1400, height: 900 };

/** Creates Obeya's one window, at the size and place it had when last closed. */
export function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const remembered = readWindowState(stateFile, workAreas);

  const window = new BrowserWindow({
    // Without a remembered position Electron centres the window.
    x: remembered?.x,
    y: remembered?.y,
    width: remembered?.width ?? DEFAULT_SIZE.width,
    height: remembered?.height ?? DEFAULT_SIZE.height,
    minWidth: 800,
    minHeight: 560,
    title: 'Obeya',
    backgroundColor: '#ffffff',
    // Shown once painted, so the window never flashes empty.
    show: false,
    webPreferences: SECURE_WEB_PREFERENCES,
  });
  if (remembered?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    writeWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });

  denyAllPermissions(window.webContents.session);
  void window.loadURL(APP_INDEX_URL);
  return window;
}

/**
 * Locks down one webContents: it may never leave the app origin, open windows, or attach a
 * <webview>. Applied to every webContents the app creates (see index.ts), print windows too.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Obeya needs no camera, microphone, notifications, geolocation or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openInBrowser(url: string): void {
  // Only web links: file:, smb: or custom-scheme URLs could launch local programs.
  if (isExternalWebUrl(url)) void shell.openExternal(url);
}
