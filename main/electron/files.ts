import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileFilter } from 'electron';
import type { FileKind, OpenedFile, OpenFileRequest } from '../../shared/ipc/contract';
import { MAX_FILE_BYTES } from '../../shared/ipc/ipcSchemas';
import { errorMessage } from '../../shared/errorMessage';

/** Save dialog filters per kind, so the dialog only offers the format being written. */
export const SAVE_FILTERS: Record<FileKind, FileFilter> = {
  obeya: { name: 'Obeya workshop', extensions: ['obeya'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
};

/** Open dialog filters; tables may come as tab-separated text (pasted from a spreadsheet). */
export const OPEN_FILTERS: Record<OpenFileRequest['kind'], FileFilter> = {
  obeya: SAVE_FILTERS.obeya,
  csv: { name: 'CSV or TSV table', extensions: ['csv', 'tsv', 'txt'] },
};

/** Appends the kind's extension unless the name already ends with it. */
export function withExtension(name: string, kind: FileKind): string {
  return name.toLowerCase().endsWith(`.${kind}`) ? name : `${name}.${kind}`;
}

/** Reads a file whole, refusing anything over MAX_FILE_BYTES before it is loaded into memory. */
export async function readFileCapped(filePath: string): Promise<OpenedFile> {
  const name = path.basename(filePath);
  const info = await stat(filePath).catch((error: unknown) => {
    throw describeFileError(error, 'open', name);
  });
  if (!info.isFile()) throw new Error(`Could not open "${name}": it is not a file.`);
  if (info.size > MAX_FILE_BYTES) {
    throw new Error(
      `Could not open "${name}": it is larger than any workshop file (${MAX_FILE_BYTES / 1024 / 1024} MB at most), so it was not read. Nothing was changed.`,
    );
  }
  const buffer = await readFile(filePath).catch((error: unknown) => {
    throw describeFileError(error, 'open', name);
  });
  return {
    name: displayableFileName(name),
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
  };
}

/** Writes a file, turning OS error codes into a sentence a workshop facilitator can act on. */
export async function writeFileClearly(filePath: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(filePath, bytes);
  } catch (error) {
    throw describeFileError(error, 'save', path.basename(filePath));
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  ENOENT: 'the file or its folder does not exist',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use by another program',
};

export function describeFileError(error: unknown, action: 'open' | 'save', name: string): Error {
  const code = errorCode(error);
  const reason = (code !== undefined ? REASONS[code] : undefined) ?? errorMessage(error);
  return new Error(`Could not ${action} "${name}": ${reason}.`, { cause: error });
}

/**
 * The opened-file name must pass the renderer's file-name schema, which rejects characters
 * some file systems allow (":" on Linux, control characters); those become "_".
 */
export function displayableFileName(name: string): string {
  const cleaned = name.replace(/[/\\\u0000-\u001f:*?"<>|]/g, '_').slice(-255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'untitled.obeya' : cleaned;
}

/** The first `.obeya` path among command-line arguments, made absolute against `cwd`. */
export function obeyaPathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; switches (Chromium's included) start with "-".
  const found = argv
    .slice(1)
    .find((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith('.obeya'));
  return found === undefined ? null : path.resolve(cwd, found);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
