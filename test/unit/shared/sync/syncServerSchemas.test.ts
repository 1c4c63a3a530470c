import { generateAutomergeUrl } from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';
import {
  syncServerSettingSchema,
  syncServerUrlSchema,
  workshopLinkSchema,
} from '../../../../shared/sync/syncServerSchemas';

const MESSAGE =
  'A sync server address starts with ws:// or wss://, for example wss://sync.example.org.';

describe('syncServerUrlSchema', () => {
  it.each([
    ['wss://sync.automerge.org', 'wss://sync.automerge.org'],
    ['  ws://127.0.0.1:3030/ ', 'ws://127.0.0.1:3030'],
    ['wss://sync.example.org/automerge', 'wss://sync.example.org/automerge'],
    ['ws://[::1]:3030', 'ws://[::1]:3030'],
  ])('accepts %j as %j', (input, url) => {
    expect(syncServerUrlSchema.parse(input)).toBe(url);
  });

  it.each([
    ['an http address', 'http://sync.example.org'],
    ['a bare host name', 'sync.example.org'],
    ['an empty field', ''],
    ['a scheme without host', 'wss://'],
    ['a space in the host', 'wss://sync example.org'],
  ])('refuses %s with a message that shows the right form', (_label, input) => {
    const result = syncServerUrlSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(MESSAGE);
  });

  it('refuses an address longer than 500 characters', () => {
    const result = syncServerUrlSchema.safeParse(`wss://${'a'.repeat(500)}.org`);
    expect(result.error?.issues[0]?.message).toMatch(/longer than 500/);
  });
});

describe('workshopLinkSchema', () => {
  it('accepts an automerge URL, trimmed', () => {
    const url = generateAutomergeUrl();
    expect(workshopLinkSchema.parse(` ${url}\n`)).toBe(url);
  });

  it.each(['automerge:nope', 'https://example.org', ''])('refuses %j', (input) => {
    expect(workshopLinkSchema.safeParse(input).error?.issues[0]?.message).toMatch(
      /^A workshop link looks like automerge:/,
    );
  });
});

describe('syncServerSettingSchema', () => {
  it('reads back a stored setting and refuses a damaged one', () => {
    const workshopUrl = generateAutomergeUrl();
    const setting = { serverUrl: 'wss://sync.example.org', workshopUrl };
    expect(syncServerSettingSchema.parse(setting)).toEqual(setting);
    expect(syncServerSettingSchema.safeParse({ ...setting, serverUrl: 'ftp://x' }).success).toBe(
      false,
    );
    expect(syncServerSettingSchema.safeParse({ serverUrl: setting.serverUrl }).success).toBe(false);
  });
});
