import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { z } from 'zod';
import type { ObeyaBridge, OpenedFile } from '../../shared/ipc/contract';
import { IpcChannel } from '../../shared/ipc/contract';
import {
  discoveredHubsSchema,
  hostingInfoSchema,
  menuCommandSchema,
  openedFileSchema,
} from '../../shared/ipc/ipcSchemas';
import { errorMessage } from '../../shared/errorMessage';

/*
 * Runs sandboxed and context-isolated: bundled to one CommonJS file whose only require is
 * 'electron'. The renderer gets `window.obeya` and never a channel name or an ipcRenderer.
 */

// The page's CSP has no 'unsafe-eval'; stop zod probing for it (a console CSP violation).
z.config({ jitless: true });

const saveFileResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), path: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
const openFileResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), file: openedFileSchema }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

/** Calls main and unwraps Electron's "Error invoking remote method …" prefix from failures. */
async function invoke<Result>(
  channel: string,
  request: unknown,
  resultSchema: z.ZodType<Result>,
): Promise<Result> {
  let reply: unknown;
  try {
    reply = await ipcRenderer.invoke(channel, request);
  } catch (error) {
    const message = errorMessage(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (Error: )?/, ''));
  }
  const parsed = resultSchema.safeParse(reply);
  if (!parsed.success) throw new Error("Unexpected reply from Obeya's main process.");
  return parsed.data;
}

/**
 * Files opened from the OS can arrive before React has subscribed; they wait here and go to
 * the first listener, so a double-clicked .obeya file is never dropped.
 */
const fileListeners = new Set<(file: OpenedFile) => void>();
const undeliveredFiles: OpenedFile[] = [];
ipcRenderer.on(IpcChannel.fileOpened, (_event: IpcRendererEvent, payload: unknown) => {
  const parsed = openedFileSchema.safeParse(payload);
  if (!parsed.success) return;
  if (fileListeners.size === 0) undeliveredFiles.push(parsed.data);
  for (const listener of fileListeners) listener(parsed.data);
});

const bridge: ObeyaBridge = {
  saveFile: (request) => invoke(IpcChannel.saveFile, request, saveFileResultSchema),
  openFile: (request) => invoke(IpcChannel.openFile, request, openFileResultSchema),
  printToPdf: (request) => invoke(IpcChannel.printToPdf, request, saveFileResultSchema),
  hostWorkshop: (request) => invoke(IpcChannel.hostWorkshop, request, hostingInfoSchema),
  stopHosting: async () => {
    await invoke(IpcChannel.stopHosting, {}, z.undefined());
  },
  listHubs: () => invoke(IpcChannel.listHubs, {}, discoveredHubsSchema),
  onFileOpened(listener) {
    fileListeners.add(listener);
    for (const file of undeliveredFiles.splice(0)) queueMicrotask(() => listener(file));
    return () => {
      fileListeners.delete(listener);
    };
  },
  onMenuCommand(listener) {
    // The IPC event (with its sender) stays here; the renderer receives only the command.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const parsed = menuCommandSchema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(IpcChannel.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(IpcChannel.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld('obeya', bridge);
