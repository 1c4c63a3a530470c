import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { SaveDialogOptions, WebContents } from 'electron';
import type { z } from 'zod';
import type {
  FileKind,
  OpenFileRequest,
  OpenFileResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';
import { IpcChannel } from '../../shared/ipc/contract';
import {
  hostWorkshopRequestSchema,
  listHubsRequestSchema,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  stopHostingRequestSchema,
} from '../../shared/ipc/ipcSchemas';
import { pageSetupQuery } from '../../shared/print/pageSetup';
import { REPORT_PDF_OPTIONS } from '../../shared/print/pdfOptions';
import { READ_PRINT_STATE_SCRIPT, readPrintState } from '../../shared/print/printState';
import { APP_INDEX_URL } from './appUrl';
import {
  OPEN_FILTERS,
  readFileCapped,
  SAVE_FILTERS,
  withExtension,
  writeFileClearly,
} from './files';
import { hostWorkshop, listHubs, stopHosting } from './hosting';
import { SECURE_WEB_PREFERENCES } from './secureWebPreferences';
import { parseIpcRequest, validateSender } from './validateIpc';
import { errorMessage } from '../../shared/errorMessage';

/** A print view that has not rendered by then is stuck; better an error than a hung export. */
const PRINT_TIMEOUT_MS = 30_000;
/** How often the hidden print window is asked whether its report is ready. */
const READY_POLL_MS = 50;

export interface IpcContext {
  getMainWindow(): BrowserWindow | null;
}

/** webContents ids of the hidden print windows alive right now. */
const printWindowIds = new Set<number>();

/** Registers every renderer → main handler. Each checks its sender, then parses its payload. */
export function registerIpcHandlers(context: IpcContext): void {
  const handle = <Schema extends z.ZodType, Result>(
    channel: string,
    schema: Schema,
    handler: (request: z.output<Schema>, parent: BrowserWindow | null) => Promise<Result>,
  ): void => {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const mainWindow = context.getMainWindow();
      const fromOwnWindow =
        (mainWindow !== null && event.sender.id === mainWindow.webContents.id) ||
        printWindowIds.has(event.sender.id);
      validateSender(event.senderFrame?.url, fromOwnWindow);
      return handler(parseIpcRequest(schema, payload), mainWindow);
    });
  };

  handle(IpcChannel.saveFile, saveFileRequestSchema, saveFile);
  handle(IpcChannel.openFile, openFileRequestSchema, openFile);
  handle(IpcChannel.printToPdf, printToPdfRequestSchema, printToPdf);
  handle(IpcChannel.hostWorkshop, hostWorkshopRequestSchema, hostWorkshop);
  handle(IpcChannel.stopHosting, stopHostingRequestSchema, stopHosting);
  handle(IpcChannel.listHubs, listHubsRequestSchema, listHubs);
}

async function saveFile(
  request: SaveFileRequest,
  parent: BrowserWindow | null,
): Promise<SaveFileResult> {
  const filePath = await chooseSavePath(parent, request.suggestedName, request.kind);
  if (filePath === null) return { status: 'cancelled' };
  await writeFileClearly(filePath, request.bytes);
  return { status: 'saved', path: filePath };
}

async function openFile(
  request: OpenFileRequest,
  parent: BrowserWindow | null,
): Promise<OpenFileResult> {
  const options = { filters: [OPEN_FILTERS[request.kind]], properties: ['openFile' as const] };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || filePath === undefined) return { status: 'cancelled' };
  return { status: 'opened', file: await readFileCapped(filePath) };
}

async function printToPdf(
  request: PrintToPdfRequest,
  parent: BrowserWindow | null,
): Promise<SaveFileResult> {
  const pdf = await renderPdf(request);
  const filePath = await chooseSavePath(parent, request.suggestedName, 'pdf');
  if (filePath === null) return { status: 'cancelled' };
  await writeFileClearly(filePath, pdf);
  return { status: 'saved', path: filePath };
}

/** Renders the print route in a hidden window with the same locked-down preferences. */
async function renderPdf(request: PrintToPdfRequest): Promise<Uint8Array> {
  const printWindow = new BrowserWindow({
    show: false,
    width: 1200,
    height: 900,
    webPreferences: SECURE_WEB_PREFERENCES,
  });
  const contents = printWindow.webContents;
  printWindowIds.add(contents.id);
  try {
    // The page setup travels as a query built here from the validated fields, never as text
    // the renderer sent; the print view sizes its @page from it.
    const page = {
      size: request.pageSize,
      orientation: request.landscape ? 'landscape' : 'portrait',
    } as const;
    await withTimeout(
      contents.loadURL(`${APP_INDEX_URL}${request.route}?${pageSetupQuery(page)}`),
      'the print view did not load',
    );
    await waitForPrintReady(contents);
    // The report draws its own running header and page numbers: no templates here.
    return await contents.printToPDF({
      pageSize: request.pageSize,
      landscape: request.landscape,
      ...REPORT_PDF_OPTIONS,
    });
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(`Could not make the PDF: ${reason}.`, { cause: error });
  } finally {
    printWindowIds.delete(contents.id);
    printWindow.destroy();
  }
}

/**
 * Loading is not rendering: the print view loads its documents and fonts after the page has
 * loaded, then marks itself ready (or failed). Polls that marker until PRINT_TIMEOUT_MS.
 */
async function waitForPrintReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + PRINT_TIMEOUT_MS;
  for (;;) {
    const state = readPrintState(await contents.executeJavaScript(READ_PRINT_STATE_SCRIPT));
    if (state.status === 'ready') return;
    if (state.status === 'failed') throw new Error(state.message);
    if (Date.now() > deadline) {
      throw new Error(`the print view was not ready within ${PRINT_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
}

async function chooseSavePath(
  parent: BrowserWindow | null,
  suggestedName: string,
  kind: FileKind,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), withExtension(suggestedName, kind)),
    filters: [SAVE_FILTERS[kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

function withTimeout<T>(promise: Promise<T>, whatFailed: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${whatFailed} within ${PRINT_TIMEOUT_MS / 1000} s`)),
      PRINT_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
