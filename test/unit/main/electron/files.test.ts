import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openedFileSchema, MAX_FILE_BYTES } from '../../../../shared/ipc/ipcSchemas';
import {
  describeFileError,
  displayableFileName,
  obeyaPathFromArgv,
  readFileCapped,
  withExtension,
  writeFileClearly,
} from '../../../../main/electron/files';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'obeya-files-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const osError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: boom`), { code });

describe('readFileCapped', () => {
  it('reads a file with its name', async () => {
    const filePath = path.join(folder, 'Retro.obeya');
    writeFileSync(filePath, new Uint8Array([7, 8, 9]));
    const file = await readFileCapped(filePath);
    expect(file.name).toBe('Retro.obeya');
    expect([...file.bytes]).toEqual([7, 8, 9]);
    expect(openedFileSchema.safeParse(file).success).toBe(true);
  });

  it('refuses a file over MAX_FILE_BYTES without reading it', async () => {
    const filePath = path.join(folder, 'huge.obeya');
    writeFileSync(filePath, '');
    // Sparse: the size is reported without the disk space being used.
    truncateSync(filePath, MAX_FILE_BYTES + 1);
    await expect(readFileCapped(filePath)).rejects.toThrow(
      'Could not open "huge.obeya": it is larger than any workshop file (256 MB at most), so it was not read. Nothing was changed.',
    );
  });

  it('explains a missing file', async () => {
    await expect(readFileCapped(path.join(folder, 'gone.obeya'))).rejects.toThrow(
      'Could not open "gone.obeya": the file or its folder does not exist.',
    );
  });

  it('refuses a folder', async () => {
    await expect(readFileCapped(folder)).rejects.toThrow(/it is not a file/);
  });

  it('gives a name the renderer accepts even when the OS allowed odd characters', async () => {
    const filePath = path.join(folder, 'Q3: review?.obeya');
    writeFileSync(filePath, 'x');
    const file = await readFileCapped(filePath);
    expect(file.name).toBe('Q3_ review_.obeya');
    expect(openedFileSchema.safeParse(file).success).toBe(true);
  });
});

describe('writeFileClearly', () => {
  it('writes the bytes', async () => {
    const filePath = path.join(folder, 'out.csv');
    await writeFileClearly(filePath, new TextEncoder().encode('a,b\n'));
    const written = await readFileCapped(filePath);
    expect(new TextDecoder().decode(written.bytes)).toBe('a,b\n');
  });

  it('turns an OS error into a sentence naming the file', async () => {
    await expect(
      writeFileClearly(path.join(folder, 'no-such-folder', 'x.csv'), new Uint8Array()),
    ).rejects.toThrow('Could not save "x.csv": the file or its folder does not exist.');
  });
});

describe('describeFileError', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
  ])('explains %s', (code, reason) => {
    const error = describeFileError(osError(code), 'save', 'Board.pdf');
    expect(error.message).toBe(`Could not save "Board.pdf": ${reason}.`);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('falls back to the original message for an unknown code', () => {
    expect(describeFileError(osError('EWHATEVER'), 'open', 'a.obeya').message).toBe(
      'Could not open "a.obeya": EWHATEVER: boom.',
    );
  });
});

describe('displayableFileName', () => {
  it('keeps ordinary names', () => {
    expect(displayableFileName('Value stream – Q3.obeya')).toBe('Value stream – Q3.obeya');
  });

  it('replaces reserved characters', () => {
    expect(displayableFileName('a<b>|c\u0001.obeya')).toBe('a_b__c_.obeya');
  });

  it('keeps the end (and extension) of an over-long name', () => {
    const name = `${'x'.repeat(300)}.obeya`;
    expect(displayableFileName(name)).toHaveLength(255);
    expect(displayableFileName(name).endsWith('.obeya')).toBe(true);
  });
});

describe('obeyaPathFromArgv', () => {
  it('finds a .obeya argument and makes it absolute', () => {
    expect(obeyaPathFromArgv(['/opt/Obeya/obeya', 'Retro.OBEYA'], '/home/me')).toBe(
      path.resolve('/home/me', 'Retro.OBEYA'),
    );
  });

  it('skips the executable and Chromium switches', () => {
    expect(
      obeyaPathFromArgv(['/x/y.obeya', '--allow-file-access-from-files=a.obeya', '.'], '/'),
    ).toBeNull();
  });

  it('returns null without a .obeya argument', () => {
    expect(obeyaPathFromArgv(['electron', '.', 'notes.txt'], '/')).toBeNull();
  });
});

describe('withExtension', () => {
  it('adds the extension once', () => {
    expect(withExtension('Board', 'pdf')).toBe('Board.pdf');
    expect(withExtension('Board.PDF', 'pdf')).toBe('Board.PDF');
  });
});
