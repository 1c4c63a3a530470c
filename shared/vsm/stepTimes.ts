import { fromMinutes, toMinutes, UNIT_ORDER } from './timeUnits';
import { TIME_UNITS, type Duration, type Step, type TimeConventions } from './ValueStreamMapDoc';

/**
 * Lead time for a step entered as process time + wait, in the coarsest unit between the two
 * in which the sum is exact to two decimals (30 min + 2 h = 2.5 h; 30 min + 1 d = 8.5 h), so
 * it reads as a coach would write it and the wait derives back unchanged.
 */
export function leadTimeFromWait(
  processTime: Duration,
  wait: Duration,
  conventions: TimeConventions,
): Duration {
  const minutes = toMinutes(processTime, conventions) + toMinutes(wait, conventions);
  const [finer, coarser] = [processTime.unit, wait.unit].sort(
    (a, b) => UNIT_ORDER[a] - UNIT_ORDER[b],
  ) as [Duration['unit'], Duration['unit']];
  for (const unit of TIME_UNITS.slice(UNIT_ORDER[finer], UNIT_ORDER[coarser] + 1).reverse()) {
    const value = fromMinutes(minutes, unit, conventions);
    const hundredths = Math.round(value * 100);
    if (Math.abs(value * 100 - hundredths) < 1e-6) return { value: hundredths / 100, unit };
  }
  return { value: fromMinutes(minutes, finer, conventions), unit: finer };
}

/**
 * How long work waits at a step: as typed, or else lead time − process time in the lead
 * time's unit, never below zero.
 */
export function stepWait(step: Step, conventions: TimeConventions): Duration {
  if (step.wait) return step.wait;
  const minutes = toMinutes(step.leadTime, conventions) - toMinutes(step.processTime, conventions);
  return {
    value: fromMinutes(Math.max(0, minutes), step.leadTime.unit, conventions),
    unit: step.leadTime.unit,
  };
}
