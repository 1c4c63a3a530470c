import { describe, expect, it } from 'vitest';
import { formatDate, formatRelativeTime } from '../../../renderer/library/formatDates';

describe('formatDate', () => {
  it('writes a workshop day as day, short month and year, whatever the time zone', () => {
    expect(formatDate('2026-11-26')).toBe('26 Nov 2026');
    expect(formatDate('2027-01-01')).toBe('1 Jan 2027');
    expect(formatDate('2026-09-30')).toBe('30 Sep 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('next spring')).toBe('next spring');
    expect(formatDate('2026-13-40')).toBe('2026-13-40');
  });
});

describe('formatRelativeTime', () => {
  const now = new Date(2026, 10, 26, 12, 0).getTime();

  it('counts recent changes in minutes, hours and days', () => {
    expect(formatRelativeTime(now - 20_000, now)).toBe('just now');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(formatRelativeTime(now - 24 * 3_600_000, now)).toBe('yesterday');
    expect(formatRelativeTime(now - 4 * 86_400_000, now)).toBe('4 days ago');
  });

  it('gives older changes their local day', () => {
    expect(formatRelativeTime(new Date(2026, 7, 3, 23, 30).getTime(), now)).toBe('3 Aug 2026');
  });
});
