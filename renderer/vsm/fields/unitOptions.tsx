import { TIME_UNITS, type TimeUnit } from '../../../shared/vsm';

const UNIT_LABELS: Record<TimeUnit, string> = {
  minutes: 'min',
  hours: 'h',
  days: 'd',
  weeks: 'wk',
};

/** The options of a unit select, in the short forms coaches write on the wall. */
export function UnitOptions() {
  return (
    <>
      {TIME_UNITS.map((unit) => (
        <option key={unit} value={unit}>
          {UNIT_LABELS[unit]}
        </option>
      ))}
    </>
  );
}
