import { CellError, parseNumberCell } from '../../table/numberCell';
import type { Duration, TimeUnit } from '../ValueStreamMapDoc';

// Read by the step table and paste together with durations.
export { CellError, parseNumberCell } from '../../table/numberCell';

const UNIT_WORDS: Record<string, TimeUnit> = {
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  d: 'days',
  day: 'days',
  days: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
};

/** A unit as people write it in a cell or header: "h", "hrs", "Days", "min". */
export function parseUnitWord(word: string): TimeUnit | undefined {
  return UNIT_WORDS[word.trim().toLowerCase()];
}

/**
 * A time cell such as "2 h", "30 min" or "1.5d"; a bare number takes `unit` (from a unit
 * column, the header or the default).
 */
export function parseDurationCell(
  cell: string,
  label: string,
  unit: TimeUnit,
): Duration | undefined {
  const text = cell.trim();
  const match = /^(-?[\d.,]+)\s*([a-zA-Z]+)$/.exec(text);
  if (!match) {
    const value = parseNumberCell(text, label);
    return value === undefined ? undefined : { value, unit };
  }
  const written = parseUnitWord(match[2]!);
  if (!written) {
    throw new CellError(`${label} unit “${match[2]}” is not one of minutes, hours, days or weeks`);
  }
  return { value: parseNumberCell(match[1]!, label)!, unit: written };
}
