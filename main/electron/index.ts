import { app, dialog, Menu } from 'electron';
import type { BrowserWindow } from 'electron';
import type { OpenedFile } from '../../shared/ipc/contract';
import { IpcChannel } from '../../shared/ipc/contract';
import { obeyaPathFromArgv, readFileCapped } from './files';
import { registerIpcHandlers } from './ipc';
import { menuTemplate } from './menu';
import { declareAppScheme, registerAppProtocol } from './protocol';
import { createMainWindow, hardenWebContents } from './windows';
import { errorMessage } from '../../shared/errorMessage';

let mainWindow: BrowserWindow | null = null;
/** Files opened from the OS before the renderer could receive them. */
const pendingFiles: OpenedFile[] = [];
let rendererLoaded = false;

// Both must happen before "ready": scheme privileges, and sandboxing every renderer.
declareAppScheme();
app.enableSandbox();

// A second launch (e.g. double-clicking a .obeya file) hands over to the running Obeya.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = obeyaPathFromArgv(argv, workingDirectory);
    if (filePath === null) focusMainWindow();
    else void openFromOs(filePath);
  });

  // macOS delivers file-association opens as an event, possibly before "ready".
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openFromOs(filePath);
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => focusMainWindow());

  void app.whenReady().then(() => {
    registerAppProtocol();
    registerIpcHandlers({ getMainWindow: () => mainWindow });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          isMac: process.platform === 'darwin',
          isPackaged: app.isPackaged,
          sendCommand: (command) => mainWindow?.webContents.send(IpcChannel.menuCommand, command),
        }),
      ),
    );
    showMainWindow();
    const filePath = obeyaPathFromArgv(process.argv, process.cwd());
    if (filePath !== null) void openFromOs(filePath);
  });
}

function showMainWindow(): void {
  const window = createMainWindow();
  mainWindow = window;
  // A reload drops the renderer's listeners, so files wait again until it has loaded.
  window.webContents.on('did-start-loading', () => {
    rendererLoaded = false;
  });
  window.webContents.on('did-finish-load', () => {
    rendererLoaded = true;
    flushPendingFiles();
  });
  window.on('closed', () => {
    mainWindow = null;
    rendererLoaded = false;
  });
}

function focusMainWindow(): void {
  // On macOS the app outlives its window; a second launch or an opened file brings one back.
  if (mainWindow === null) {
    if (app.isReady()) showMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  // Before its first paint the window is still hidden and shows itself on ready-to-show.
  if (mainWindow.isVisible()) mainWindow.focus();
}

async function openFromOs(filePath: string): Promise<void> {
  try {
    pendingFiles.push(await readFileCapped(filePath));
    focusMainWindow();
    flushPendingFiles();
  } catch (error) {
    dialog.showErrorBox('Obeya could not open the file', errorMessage(error));
  }
}

function flushPendingFiles(): void {
  if (mainWindow === null || !rendererLoaded) return;
  for (const file of pendingFiles.splice(0)) {
    mainWindow.webContents.send(IpcChannel.fileOpened, file);
  }
}
