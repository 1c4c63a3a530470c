import { describe, expect, it } from 'vitest';
import { leadTimeFromWait, stepWait } from '../../../../shared/vsm/stepTimes';
import {
  convertDuration,
  formatDuration,
  minutesPerUnit,
  toMinutes,
} from '../../../../shared/vsm/timeUnits';
import type { TimeConventions } from '../../../../shared/vsm/ValueStreamMapDoc';
import { DEFAULT_TIME_CONVENTIONS } from '../../../../shared/vsm/ValueStreamMapDoc';
import { days, hours, linearMap, minutes, weeks } from './vsmTestMaps';

const SHORT_WEEK: TimeConventions = {
  workingHoursPerDay: 7.5,
  workingDaysPerWeek: 4,
  displayUnit: 'hours',
};

describe('unit conversion', () => {
  it('uses an 8-hour working day and a 5-day working week by default', () => {
    expect(minutesPerUnit('days', DEFAULT_TIME_CONVENTIONS)).toBe(8 * 60);
    expect(minutesPerUnit('weeks', DEFAULT_TIME_CONVENTIONS)).toBe(40 * 60);
    expect(convertDuration({ value: 1, unit: 'weeks' }, 'hours', DEFAULT_TIME_CONVENTIONS)).toEqual(
      hours(40),
    );
    expect(convertDuration(hours(12), 'days', DEFAULT_TIME_CONVENTIONS)).toEqual(days(1.5));
  });

  it('follows a custom working day and week', () => {
    expect(convertDuration({ value: 1, unit: 'weeks' }, 'hours', SHORT_WEEK)).toEqual(hours(30));
    expect(convertDuration(days(2), 'minutes', SHORT_WEEK)).toEqual(minutes(900));
  });

  it('converts minutes and hours without a convention', () => {
    expect(toMinutes(hours(1.25), SHORT_WEEK)).toBe(75);
  });
});

describe('formatDuration', () => {
  it('shows at most two decimals and a short unit', () => {
    expect(formatDuration(hours(57.75))).toBe('57.75 h');
    expect(formatDuration({ value: 1 / 3, unit: 'days' })).toBe('0.33 d');
    expect(formatDuration(minutes(30))).toBe('30 min');
  });
});

describe('leadTimeFromWait', () => {
  it('stores process time + wait exactly, in the coarsest unit between the two that reads round', () => {
    expect(leadTimeFromWait(minutes(30), hours(2), DEFAULT_TIME_CONVENTIONS)).toEqual(hours(2.5));
    expect(leadTimeFromWait(minutes(7), hours(2), DEFAULT_TIME_CONVENTIONS)).toEqual(minutes(127));
    expect(leadTimeFromWait(minutes(30), days(1), DEFAULT_TIME_CONVENTIONS)).toEqual(hours(8.5));
    expect(leadTimeFromWait(days(1), weeks(1), DEFAULT_TIME_CONVENTIONS)).toEqual(weeks(1.2));
    expect(leadTimeFromWait(hours(1), days(3), DEFAULT_TIME_CONVENTIONS)).toEqual(hours(25));
    expect(leadTimeFromWait(hours(1), days(3), SHORT_WEEK)).toEqual(hours(23.5));
  });
});

describe('stepWait', () => {
  it('derives the wait back in the lead time’s unit', () => {
    const map = linearMap([['Review', 0.5, 8]]);
    expect(stepWait(map.steps[0]!, map.timeConventions)).toEqual(hours(8));
  });
});
