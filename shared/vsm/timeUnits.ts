import type { Duration, TimeConventions, TimeUnit } from './ValueStreamMapDoc';

/** Working minutes in one unit: a day is the working day, a week the working week. */
export function minutesPerUnit(unit: TimeUnit, conventions: TimeConventions): number {
  switch (unit) {
    case 'minutes':
      return 1;
    case 'hours':
      return 60;
    case 'days':
      return 60 * conventions.workingHoursPerDay;
    case 'weeks':
      return 60 * conventions.workingHoursPerDay * conventions.workingDaysPerWeek;
  }
}

export function toMinutes(duration: Duration, conventions: TimeConventions): number {
  return duration.value * minutesPerUnit(duration.unit, conventions);
}

export function fromMinutes(minutes: number, unit: TimeUnit, conventions: TimeConventions): number {
  return minutes / minutesPerUnit(unit, conventions);
}

export function convertDuration(
  duration: Duration,
  unit: TimeUnit,
  conventions: TimeConventions,
): Duration {
  return { value: fromMinutes(toMinutes(duration, conventions), unit, conventions), unit };
}

/** The finer of two units, so sums of times in both stay exact. */
export function finerUnit(a: TimeUnit, b: TimeUnit): TimeUnit {
  return UNIT_ORDER[a] <= UNIT_ORDER[b] ? a : b;
}

/** Units from finest to coarsest. */
export const UNIT_ORDER: Record<TimeUnit, number> = { minutes: 0, hours: 1, days: 2, weeks: 3 };

export const UNIT_SYMBOLS: Record<TimeUnit, string> = {
  minutes: 'min',
  hours: 'h',
  days: 'd',
  weeks: 'wk',
};

/** Up to two decimals, no trailing zeros: 57.75, 35.93, 8. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function formatDuration(duration: Duration): string {
  return `${formatNumber(duration.value)} ${UNIT_SYMBOLS[duration.unit]}`;
}
