import { describe, expect, it } from 'vitest';
import {
  formatJoinCode,
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  parseJoinCode,
} from '../../../../shared/sync/joinCode';

/** A random source that plays back the given bytes, for exact expectations. */
function playback(...bytes: number[]) {
  let next = 0;
  return (length: number) => Uint8Array.from({ length }, () => bytes[next++ % bytes.length]!);
}

describe('join codes', () => {
  it('leave out characters people confuse', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L'])
      expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
  });

  it('are eight characters drawn from the random source', () => {
    expect(generateJoinCode(playback(0, 1, 2, 3, 4, 5, 6, 7))).toBe('23456789');
    expect(generateJoinCode(playback(30))).toBe('ZZZZZZZZ');
  });

  it('redraw bytes that would favour some characters', () => {
    // 248..255 would wrap to the first eight characters more often than the rest.
    expect(generateJoinCode(playback(250, 255, 8))).toBe('AAAAAAAA');
  });

  it('are shown in two groups and read back however they are typed', () => {
    expect(formatJoinCode('K7Q2M9XD')).toBe('K7Q2-M9XD');
    expect(parseJoinCode('k7q2-m9xd')).toBe('K7Q2M9XD');
    expect(parseJoinCode(' K7Q2 M9XD ')).toBe('K7Q2M9XD');
  });

  it('are refused when they cannot be one', () => {
    expect(parseJoinCode('K7Q2-M9X')).toBeNull();
    expect(parseJoinCode('K7Q2-M9XO')).toBeNull();
    expect(parseJoinCode('')).toBeNull();
  });

  it('come out differently each time from real randomness', () => {
    const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    const codes = new Set(Array.from({ length: 50 }, () => generateJoinCode(random)));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(parseJoinCode(code)).toHaveLength(JOIN_CODE_LENGTH);
  });
});
