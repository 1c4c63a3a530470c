import type {
  FileKind,
  HostingInfo,
  HostWorkshopRequest,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';
import { hostingInfoSchema } from '../../shared/ipc/ipcSchemas';
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
    stopHosting: async () => {
      await fetch(new URL(HOST_PATH, window.location.origin), { method: 'DELETE' });
    },
    onFileOpened: () => () => {},
    onMenuCommand: () => () => {},
  };
}

/** The browser host (`npm run web`) hosts for the coach on the same laptop, at this path. */
const HOST_PATH = '/api/host';

async function requestHosting(request: HostWorkshopRequest): Promise<HostingInfo> {
  const response = await fetch(new URL(HOST_PATH, window.location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  }).catch(() => null);
  if (!response || response.status === 404) {
    throw new Error(
      'This browser cannot host a workshop. Host it from the Obeya app, or from "npm run web" on this laptop.',
    );
  }
  const parsed = hostingInfoSchema.safeParse(await response.json().catch(() => null));
  if (!response.ok || !parsed.success)
    throw new Error('Hosting is only possible on the laptop that runs Obeya.');
  return parsed.data;
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
