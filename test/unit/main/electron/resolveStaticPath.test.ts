import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveStaticPath } from '../../../../main/common/resolveStaticPath';

// The guard behind the app:// protocol (and the browser host): nothing outside the root.
const ROOT = path.resolve('/srv/obeya/dist/renderer');

describe('resolveStaticPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveStaticPath(ROOT, '/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '')).toBe(path.join(ROOT, 'index.html'));
  });

  it('maps ordinary files under the root', () => {
    expect(resolveStaticPath(ROOT, '/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/assets/index-abc123.js')).toBe(
      path.join(ROOT, 'assets', 'index-abc123.js'),
    );
    expect(resolveStaticPath(ROOT, '/assets/automerge_wasm_bg.wasm')).toBe(
      path.join(ROOT, 'assets', 'automerge_wasm_bg.wasm'),
    );
  });

  it('ignores the query and the hash', () => {
    expect(resolveStaticPath(ROOT, '/index.html?v=2#/print/x')).toBe(path.join(ROOT, 'index.html'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveStaticPath(ROOT, '/assets/Open%20Sans.woff2')).toBe(
      path.join(ROOT, 'assets', 'Open Sans.woff2'),
    );
  });

  it.each([
    ['a parent segment', '/../etc/passwd'],
    ['a parent segment deeper in', '/assets/../../etc/passwd'],
    ['encoded dots', '/%2e%2e/etc/passwd'],
    ['encoded dots without a slash', '%2e%2e/secret'],
    ['upper-case encoded dots', '/%2E%2E/%2E%2E/etc/passwd'],
    ['an encoded slash', '/..%2fetc%2fpasswd'],
    ['an encoded slash at the end', '/assets/..%2f..%2fsecret'],
    ['a backslash', '/..\\secret'],
    ['an encoded backslash', '/..%5c..%5csecret'],
    ['a Windows drive path', '/C:\\Windows\\win.ini'],
    ['a NUL byte', '/index.html%00.png'],
    ['a raw NUL byte', '/index.html\u0000'],
    ['malformed percent-encoding', '/%E0%A4%A'],
  ])('refuses %s', (_name, requestPath) => {
    expect(resolveStaticPath(ROOT, requestPath)).toBeNull();
  });

  it.each([
    ['an absolute path', '/etc/passwd'],
    ['a doubled leading slash', '//etc/passwd'],
    ['an encoded absolute path', '/%2Fetc%2Fpasswd'],
  ])('keeps %s inside the root', (_name, requestPath) => {
    expect(resolveStaticPath(ROOT, requestPath)).toBe(path.join(ROOT, 'etc', 'passwd'));
  });

  it('never returns a path outside the root for any mix of dots and separators', () => {
    const pieces = ['..', '.', '%2e', '%2e%2e', '%2f', '/', '%5c', 'a', '%00'];
    for (const first of pieces) {
      for (const second of pieces) {
        for (const third of pieces) {
          const resolved = resolveStaticPath(ROOT, `/${first}/${second}${third}/x`);
          if (resolved !== null) expect(resolved.startsWith(ROOT + path.sep)).toBe(true);
        }
      }
    }
  });
});

describe('mimeTypeOf', () => {
  it('knows what the renderer build contains', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('automerge.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('unknown.bin')).toBe('application/octet-stream');
  });
});
