import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomUuid } from '../../../shared/randomUuid';

const VERSION_4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuid', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes version 4 UUIDs, each different', () => {
    const ids = Array.from({ length: 1000 }, () => randomUuid());
    for (const id of ids) expect(id).toMatch(VERSION_4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('needs only getRandomValues, as in a page on plain http:// in the LAN', () => {
    const getRandomValues = (array: Uint8Array) => array.fill(0xff);
    vi.stubGlobal('crypto', { getRandomValues });
    expect(randomUuid()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
