import {
  BrowserHostPath,
  type DiscoveredHub,
  type FileKind,
  type HostingInfo,
  type HostWorkshopRequest,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../shared/ipc/contract';
import {
  browserHostRefusalSchema,
  discoveredHubsSchema,
  hostingInfoSchema,
} from '../../shared/ipc/ipcSchemas';
import type { Platform } from './Platform';
import { readPickedFile } from './readPickedFile';

const MIME_TYPES: Record<FileKind, string> = {
  obeya: 'application/x-obeya',
  pdf: 'application/pdf',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  png: 'image/png',
};

const ACCEPT: Record<OpenFileRequest['kind'], string> = {
  obeya: '.obeya',
  csv: '.csv,.tsv,.txt,text/csv',
};

/**
 * The browser platform: downloads stand in for the Save dialog, a file input for the Open
 * dialog, and the browser's own print for PDF. There is no native menu and no OS file opening.
 */
export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    saveFile: async (request) => download(request),
    openFile: (request) => pickFile(request),
    printToPdf: async () => {
      window.print();
      return { status: 'saved', path: 'print dialog' };
    },
    hostWorkshop: (request) => requestHosting(request),
    stopHosting: () => stopHosting(),
    listHubs: () => listHubs(),
    onFileOpened: () => () => {},
    onMenuCommand: () => () => {},
  };
}

/*
 * The browser host (`npm run web`) hosts and lists hubs for the page on its own laptop, on its
 * own origin; a page served by another laptop's hub gets 404 or 405 there.
 */
const hostApiUrl = (path: string) => new URL(path, window.location.origin);

async function requestHosting(request: HostWorkshopRequest): Promise<HostingInfo> {
  const response = await fetch(hostApiUrl(BrowserHostPath.host), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  }).catch(() => null);
  if (!response || response.status === 404) {
    throw new Error(
      'This browser cannot host a workshop. Host it from the Obeya app, or from "npm run web" on this laptop.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  const hosting = hostingInfoSchema.safeParse(body);
  if (response.ok && hosting.success) return hosting.data;
  const refusal = browserHostRefusalSchema.safeParse(body);
  throw new Error(
    refusal.success
      ? refusal.data.error
      : 'Hosting is only possible on the laptop that runs Obeya.',
  );
}

async function stopHosting(): Promise<void> {
  const response = await fetch(hostApiUrl(BrowserHostPath.host), { method: 'DELETE' });
  if (response.ok) return;
  const refusal = browserHostRefusalSchema.safeParse(await response.json().catch(() => null));
  throw new Error(refusal.success ? refusal.data.error : 'Could not stop hosting.');
}

async function listHubs(): Promise<DiscoveredHub[] | null> {
  const response = await fetch(hostApiUrl(BrowserHostPath.hubs)).catch(() => null);
  if (!response?.ok) return null;
  const hubs = discoveredHubsSchema.safeParse(await response.json().catch(() => null));
  return hubs.success ? hubs.data : null;
}

function download(request: SaveFileRequest): SaveFileResult {
  const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], {
    type: MIME_TYPES[request.kind],
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', path: request.suggestedName };
}

function pickFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[request.kind];
    input.style.display = 'none';
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ status: 'cancelled' });
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) {
        resolve({ status: 'cancelled' });
        return;
      }
      readPickedFile(file).then(
        (bytes) => resolve({ status: 'opened', file: { name: file.name, bytes } }),
        reject,
      );
    });
    document.body.append(input);
    input.click();
  });
}
