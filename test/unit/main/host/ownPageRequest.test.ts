import { describe, expect, it } from 'vitest';
import { isOwnPageRequest, type RequestOrigin } from '../../../../main/host/ownPageRequest';

const PORT = 5190;
const ownPage: RequestOrigin = {
  method: 'POST',
  remoteAddress: '127.0.0.1',
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
};

describe('isOwnPageRequest', () => {
  it.each<[string, Partial<RequestOrigin>]>([
    ['the page at 127.0.0.1', {}],
    ['the page at localhost', { host: `localhost:${PORT}`, origin: `http://localhost:${PORT}` }],
    [
      'the page over IPv6 loopback',
      { remoteAddress: '::1', host: `[::1]:${PORT}`, origin: `http://[::1]:${PORT}` },
    ],
    ['an IPv4-mapped loopback peer', { remoteAddress: '::ffff:127.0.0.1' }],
    ['a GET without Origin (same-origin reads send none)', { method: 'GET', origin: undefined }],
    ['a host name in capitals', { host: `LOCALHOST:${PORT}`, origin: `http://LocalHost:${PORT}` }],
  ])('admits %s', (_label, change) => {
    expect(isOwnPageRequest({ ...ownPage, ...change }, PORT)).toBe(true);
  });

  it.each<[string, Partial<RequestOrigin>]>([
    ['another laptop on the LAN', { remoteAddress: '192.168.1.23' }],
    ['an IPv4-mapped LAN peer', { remoteAddress: '::ffff:192.168.1.23' }],
    ['a socket without an address', { remoteAddress: undefined }],
    ['a page on another origin', { origin: 'http://192.168.1.23:5190' }],
    ['a page on another port of this laptop', { origin: 'http://127.0.0.1:8080' }],
    ['an https origin', { origin: `https://127.0.0.1:${PORT}` }],
    ['an opaque origin', { origin: 'null' }],
    [
      'a rebound DNS name',
      { host: `attacker.example:${PORT}`, origin: `http://attacker.example:${PORT}` },
    ],
    ['no Host header', { host: undefined }],
    ['a POST without Origin', { origin: undefined }],
    ['a DELETE without Origin', { method: 'DELETE', origin: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(isOwnPageRequest({ ...ownPage, ...change }, PORT)).toBe(false);
  });
});
