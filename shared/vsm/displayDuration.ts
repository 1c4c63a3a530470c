import { convertDuration, UNIT_SYMBOLS } from './timeUnits';
import type { Duration, TimeConventions } from './ValueStreamMapDoc';

/**
 * A time in the map's display unit (Details → "Show times in"), whatever unit it was typed
 * in: one map, one unit, so 1,410 min and 38 h read as 23.5 h and 38 h side by side. Days and
 * weeks are working days and weeks, as everywhere in the map.
 */
export function displayDuration(duration: Duration, conventions: TimeConventions): Duration {
  return convertDuration(duration, conventions.displayUnit, conventions);
}

/** "23.5 h", "1,410 min", "0.063 d" (see {@link formatDisplayNumber}). */
export function formatDisplayDuration(duration: Duration): string {
  return `${formatDisplayNumber(duration.value)} ${UNIT_SYMBOLS[duration.unit]}`;
}

/**
 * A figure as a drawing or report shows it: at most two decimals, as the metrics do, but a
 * small time keeps two significant digits rather than read 0 (5 min is 0.01 d, 1 min
 * 0.0021 d), and thousands are grouped ("86,400"). For text that is read, not edited: a field
 * would read "1,410" back as 1.41.
 */
export function formatDisplayNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  const decimals =
    magnitude > 0 && magnitude < 0.1 ? Math.min(6, 1 - Math.floor(Math.log10(magnitude))) : 2;
  const [whole = '0', fraction = ''] = magnitude.toFixed(decimals).split('.');
  const digits = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = digits ? `${grouped}.${digits}` : grouped;
  return value < 0 && text !== '0' ? `−${text}` : text;
}
