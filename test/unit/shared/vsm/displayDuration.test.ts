import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayDuration,
  formatDisplayDuration,
  formatDisplayNumber,
} from '../../../../shared/vsm/displayDuration';
import { toMinutes } from '../../../../shared/vsm/timeUnits';
import {
  DEFAULT_TIME_CONVENTIONS,
  TIME_UNITS,
  type Duration,
  type TimeConventions,
  type TimeUnit,
} from '../../../../shared/vsm/ValueStreamMapDoc';

const inUnit = (displayUnit: TimeUnit): TimeConventions => ({
  ...DEFAULT_TIME_CONVENTIONS,
  displayUnit,
});

describe('displayDuration', () => {
  it('shows every time of a map in its display unit, whatever unit it was typed in', () => {
    const hours = inUnit('hours');
    const typed: Duration[] = [
      { value: 1410, unit: 'minutes' },
      { value: 38, unit: 'hours' },
      { value: 1, unit: 'days' },
      { value: 3570, unit: 'minutes' },
    ];
    const shown = typed.map((time) => formatDisplayDuration(displayDuration(time, hours)));
    expect(shown).toEqual(['23.5 h', '38 h', '8 h', '59.5 h']);
  });

  it('counts days and weeks as working days and weeks', () => {
    const days = { ...inUnit('days'), workingHoursPerDay: 7.5 };
    expect(displayDuration({ value: 15, unit: 'hours' }, days)).toEqual({ value: 2, unit: 'days' });
    expect(displayDuration({ value: 1, unit: 'weeks' }, days)).toEqual({ value: 5, unit: 'days' });
  });

  it('keeps the duration it was given (same minutes) for every unit pair', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.constantFrom(...TIME_UNITS),
        fc.constantFrom(...TIME_UNITS),
        (value, typedUnit, displayUnit) => {
          const conventions = inUnit(displayUnit);
          const typed = { value, unit: typedUnit };
          const shown = displayDuration(typed, conventions);
          expect(shown.unit).toBe(displayUnit);
          expect(toMinutes(shown, conventions)).toBeCloseTo(toMinutes(typed, conventions), 6);
        },
      ),
    );
  });
});

describe('formatDisplayNumber', () => {
  it('rounds to two decimals without trailing zeros', () => {
    expect(formatDisplayNumber(23.5)).toBe('23.5');
    expect(formatDisplayNumber(57.75)).toBe('57.75');
    expect(formatDisplayNumber(0.8333333)).toBe('0.83');
    expect(formatDisplayNumber(8)).toBe('8');
    expect(formatDisplayNumber(0)).toBe('0');
  });

  it('keeps two significant digits of a small time rather than showing 0', () => {
    expect(formatDisplayNumber(30 / 480)).toBe('0.063');
    expect(formatDisplayNumber(5 / 480)).toBe('0.01');
    expect(formatDisplayNumber(1 / 480)).toBe('0.0021');
    expect(formatDisplayNumber(0.099)).toBe('0.099');
  });

  it('groups thousands', () => {
    expect(formatDisplayNumber(1410)).toBe('1,410');
    expect(formatDisplayNumber(86400)).toBe('86,400');
    expect(formatDisplayNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatDisplayNumber(999.996)).toBe('1,000');
  });

  it('never shows a time that is not zero as 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-5, max: 1e7, noNaN: true }), (value) => {
        expect(formatDisplayNumber(value)).not.toBe('0');
        expect(Number(formatDisplayNumber(value).replace(/,/g, ''))).toBeCloseTo(value, 1);
      }),
    );
  });
});
