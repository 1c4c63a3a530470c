import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
} from '../../../../shared/ipc/ipcSchemas';
import { isAppUrl, isExternalWebUrl } from '../../../../main/electron/appUrl';
import { parseIpcRequest, validateSender } from '../../../../main/electron/validateIpc';

const saveRequest = {
  suggestedName: 'Value stream.obeya',
  kind: 'obeya',
  bytes: new Uint8Array([1, 2, 3]),
};
const printRequest = {
  route: '#/print/workshop/automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu',
  suggestedName: 'Value stream.pdf',
  pageSize: 'A4',
  landscape: true,
};

describe('validateSender', () => {
  it('accepts the app origin from one of our windows', () => {
    expect(() => validateSender('app://obeya/index.html#/workshop/x', true)).not.toThrow();
    expect(() => validateSender('app://obeya/', true)).not.toThrow();
  });

  it.each([
    ['file:///home/me/index.html'],
    ['https://evil.example/index.html'],
    ['http://obeya/index.html'],
    ['app://other/index.html'],
    ['app://obeya.evil/index.html'],
    ['app://obeya:8080/index.html'],
    ['app://user@obeya/index.html'],
    ['devtools://devtools/bundled/inspector.html'],
    ['about:blank'],
    ['not a url'],
    [''],
    [undefined],
  ])('refuses a frame at %s', (url) => {
    expect(() => validateSender(url, true)).toThrow(/not on the app origin/);
  });

  it('refuses a webContents the app did not create, even on the app origin', () => {
    expect(() => validateSender('app://obeya/index.html', false)).toThrow(/not an Obeya window/);
  });
});

describe('parseIpcRequest', () => {
  it('returns a valid save request', () => {
    expect(parseIpcRequest(saveFileRequestSchema, saveRequest)).toEqual(saveRequest);
  });

  it('returns valid open and print requests', () => {
    expect(parseIpcRequest(openFileRequestSchema, { kind: 'csv' })).toEqual({ kind: 'csv' });
    expect(parseIpcRequest(printToPdfRequestSchema, printRequest)).toEqual(printRequest);
  });

  it.each([
    ['a parent directory', '../../.bashrc'],
    ['a Windows path', '..\\..\\evil.obeya'],
    ['an absolute path', '/etc/passwd'],
    ['a drive letter', 'C:evil.obeya'],
    ['a NUL byte', 'a\u0000.obeya'],
    ['only dots', '..'],
    ['nothing', ''],
  ])('refuses a suggested name with %s', (_name, suggestedName) => {
    expect(() => parseIpcRequest(saveFileRequestSchema, { ...saveRequest, suggestedName })).toThrow(
      /^Invalid IPC request: suggestedName: /,
    );
  });

  it('refuses an unknown file kind', () => {
    expect(() => parseIpcRequest(saveFileRequestSchema, { ...saveRequest, kind: 'exe' })).toThrow(
      /kind:/,
    );
    expect(() => parseIpcRequest(openFileRequestSchema, { kind: 'pdf' })).toThrow(/kind:/);
  });

  it('refuses bytes that are not a Uint8Array', () => {
    expect(() =>
      parseIpcRequest(saveFileRequestSchema, { ...saveRequest, bytes: [1, 2, 3] }),
    ).toThrow(/bytes: expected file bytes/);
  });

  it('refuses a file larger than MAX_FILE_BYTES', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(() => parseIpcRequest(saveFileRequestSchema, { ...saveRequest, bytes })).toThrow(
      /bytes: file is larger than 256 MB/,
    );
  });

  it('refuses extra keys', () => {
    expect(() =>
      parseIpcRequest(saveFileRequestSchema, { ...saveRequest, directory: '/etc' }),
    ).toThrow(/directory/);
    expect(() =>
      parseIpcRequest(openFileRequestSchema, { kind: 'obeya', path: '/etc/passwd' }),
    ).toThrow(/path/);
  });

  it.each([
    ['the library', '#/library'],
    ['a workshop', '#/workshop/automerge:abc'],
    ['another site', 'https://evil.example/#/print/x'],
    ['a script URL', 'javascript:alert(1)'],
    ['a query string', '#/print/x?y=1'],
  ])('refuses a print route to %s', (_name, route) => {
    expect(() => parseIpcRequest(printToPdfRequestSchema, { ...printRequest, route })).toThrow(
      /route: route must be a print route/,
    );
  });

  it('refuses a payload that is not an object', () => {
    expect(() => parseIpcRequest(openFileRequestSchema, 'obeya')).toThrow(
      /^Invalid IPC request: request: /,
    );
    expect(() => parseIpcRequest(openFileRequestSchema, undefined)).toThrow(/^Invalid IPC request/);
  });

  it('names every problem in one message', () => {
    expect(() =>
      parseIpcRequest(printToPdfRequestSchema, {
        ...printRequest,
        pageSize: 'A0',
        landscape: 'yes',
      }),
    ).toThrow(/pageSize: .*; landscape: /);
  });
});

describe('app URLs', () => {
  it('recognises only app://obeya as the app', () => {
    expect(isAppUrl('app://obeya/index.html')).toBe(true);
    expect(isAppUrl('app://obeya.example/index.html')).toBe(false);
    expect(isAppUrl('http://obeya/index.html')).toBe(false);
  });

  it('hands only http(s) links to the OS browser', () => {
    expect(isExternalWebUrl('https://example.org/guide')).toBe(true);
    expect(isExternalWebUrl('http://192.168.1.20:4444/')).toBe(true);
    expect(isExternalWebUrl('file:///etc/passwd')).toBe(false);
    expect(isExternalWebUrl('smb://server/share')).toBe(false);
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalWebUrl('app://obeya/index.html')).toBe(false);
  });
});
