import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/common/contentSecurityPolicy';
import { serveAppRequest } from '../../../../main/electron/serveAppRequest';

let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'obeya-protocol-'));
  root = path.join(sandbox, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Obeya</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("obeya")');
  // A file next to the root that no request may reach.
  writeFileSync(path.join(sandbox, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> =>
  serveAppRequest(root, new Request(url, { method }));

describe('serveAppRequest', () => {
  it('serves index.html for app://obeya/ with its type and the CSP', async () => {
    const response = await get('app://obeya/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Obeya</title>');
  });

  it('serves assets with their MIME type', async () => {
    const response = await get('app://obeya/assets/app.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("obeya")');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://obeya/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://obeya/nope.js'],
    ['a folder', 'app://obeya/assets'],
    ['an encoded escape to a sibling file', 'app://obeya/%2e%2e/secret.txt'],
    ['an encoded slash escape', 'app://obeya/..%2fsecret.txt'],
    ['a backslash escape', 'app://obeya/..%5csecret.txt'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 with the CSP for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD, with the CSP', async () => {
    const response = await get('app://obeya/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
