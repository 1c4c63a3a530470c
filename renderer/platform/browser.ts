import type {
  FileKind,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';
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
    onFileOpened: () => () => {},
    onMenuCommand: () => () => {},
  };
}

function download(request: SaveFileRequest): SaveFileResult {
  const blob = new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: MIME_TYPES[request.kind] });
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
