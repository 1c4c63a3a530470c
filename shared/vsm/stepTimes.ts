import { finerUnit, fromMinutes, toMinutes } from './timeUnits';
import type { Duration, Step, TimeConventions } from './ValueStreamMapDoc';

/**
 * Lead time for a step entered as process time + wait. It is stored in the finer of the two
 * units so the sum stays exact (30 min + 2 h = 150 min) and the wait derives back unchanged.
 */
export function leadTimeFromWait(
  processTime: Duration,
  wait: Duration,
  conventions: TimeConventions,
): Duration {
  const unit = finerUnit(processTime.unit, wait.unit);
  const minutes = toMinutes(processTime, conventions) + toMinutes(wait, conventions);
  return { value: fromMinutes(minutes, unit, conventions), unit };
}

/** Wait = lead time − process time, in the lead time's unit; never below zero. */
export function stepWait(step: Step, conventions: TimeConventions): Duration {
  const minutes = toMinutes(step.leadTime, conventions) - toMinutes(step.processTime, conventions);
  return {
    value: fromMinutes(Math.max(0, minutes), step.leadTime.unit, conventions),
    unit: step.leadTime.unit,
  };
}
