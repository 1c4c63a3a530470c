import { describe, expect, it } from 'vitest';
import { normalizeHubUrl, syncUrlOf } from '../../../../shared/sync/hubAddress';

describe('normalizeHubUrl', () => {
  it.each([
    ['192.168.1.20:5190', 'http://192.168.1.20:5190'],
    ['http://anna-laptop.local:5190/', 'http://anna-laptop.local:5190'],
    [' 10.0.0.7 ', 'http://10.0.0.7'],
    ['[fe80::1]:5190', 'http://[fe80::1]:5190'],
  ])('reads %s as %s', (typed, url) => {
    expect(normalizeHubUrl(typed)).toBe(url);
  });

  it.each(['https://hub:5190', 'hub:99999', 'hub:5190/path', 'ws://hub', ''])(
    'refuses %s',
    (typed) => {
      expect(normalizeHubUrl(typed)).toBeNull();
    },
  );
});

describe('syncUrlOf', () => {
  it('points the WebSocket at /sync with the token', () => {
    expect(syncUrlOf('http://10.0.0.7:5190', 'abc')).toBe('ws://10.0.0.7:5190/sync?token=abc');
  });
});
