import { processTimeExceedsLeadTime } from './schemas/stepSchema';
import type { StepPatch } from './stepChanges';
import { stepWait } from './stepTimes';
import { formatDuration } from './timeUnits';
import type { Duration, Step, TimeConventions, TimeUnit } from './ValueStreamMapDoc';

export type TimeField = 'processTime' | 'leadTime' | 'wait';

/** A step's three times as its fields show them, and which of lead time and wait follows. */
export interface StepTimeFields {
  processTime: Duration;
  leadTime: Duration;
  wait: Duration;
  /** The one computed from the other two: the coach typed the wait, or the lead time. */
  calculated: 'leadTime' | 'wait';
}

export function stepTimeFields(step: Step, conventions: TimeConventions): StepTimeFields {
  return {
    processTime: step.processTime,
    leadTime: step.leadTime,
    wait: stepWait(step, conventions),
    calculated: step.wait ? 'leadTime' : 'wait',
  };
}

/** A number typed into a time field, in the unit the field shows. */
export function typedTimePatch(field: TimeField, duration: Duration): StepPatch {
  return { [field]: duration };
}

/**
 * A unit chosen for a time field applies to the number in the field: 3 with "d" chosen is
 * 3 days. (Re-expressing the same duration would turn a mistyped unit into an odd number.)
 */
export function unitChangePatch(
  fields: StepTimeFields,
  field: TimeField,
  unit: TimeUnit,
): StepPatch {
  return { [field]: { value: fields[field].value, unit } };
}

/** What a coach reads under the fields: which figure follows from which. */
export function calculationNote(fields: StepTimeFields): string {
  return fields.calculated === 'leadTime'
    ? 'Lead time = process time + the wait you typed.'
    : 'Wait = the lead time you typed − process time.';
}

/** When the typed figures disagree, what the map counts and what to do; otherwise null. */
export function timeConflict(step: Step, conventions: TimeConventions): string | null {
  if (!processTimeExceedsLeadTime(step.processTime, step.leadTime, conventions)) return null;
  return `Process time (${formatDuration(step.processTime)}) is longer than the lead time you typed (${formatDuration(step.leadTime)}): the map counts its lead time as ${formatDuration(step.processTime)}. Correct one of them.`;
}
