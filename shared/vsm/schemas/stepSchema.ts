import { z } from 'zod';
import { formatDuration, toMinutes } from '../timeUnits';
import type { Duration, TimeConventions } from '../ValueStreamMapDoc';
import { HANDOFF_TYPES } from '../ValueStreamMapDoc';
import {
  countSchema,
  durationSchema,
  idSchema,
  lineSchema,
  longTextSchema,
  percentSchema,
  requiredLineSchema,
} from './fieldSchemas';

/** The figures and texts of a step: what the map view, the table and paste all edit. */
export const stepFieldsShape = {
  name: requiredLineSchema('Step name'),
  role: lineSchema('Role'),
  processTime: durationSchema('Process time'),
  leadTime: durationSchema('Lead time'),
  wait: durationSchema('Wait').optional(),
  completeAndAccurate: percentSchema('%C&A'),
  people: countSchema('People').int('People must be a whole number'),
  uptime: percentSchema('Uptime').optional(),
  changeoverTime: durationSchema('Changeover time').optional(),
  batchSize: countSchema('Batch size').optional(),
  queueSize: countSchema('Queue size').optional(),
  notes: longTextSchema('Notes'),
};

/** A wait typed instead of a lead time. */
export const waitInputSchema = z.object({ wait: durationSchema('Wait') });

/** A step's fields as an edit leaves them: times are kept as typed, even if they disagree. */
export const stepFieldsEditSchema = z.object(stepFieldsShape);

/**
 * The step's fields plus the rule that a step cannot take longer to work on than to pass
 * through — checked in minutes, because whether 1 d exceeds 9 h depends on the working day.
 * For whole rows (paste, import), where the two figures arrive together.
 */
export function stepFieldsSchema(conventions: TimeConventions) {
  return z.object(stepFieldsShape).superRefine((step, context) => {
    if (processTimeExceedsLeadTime(step.processTime, step.leadTime, conventions)) {
      context.addIssue({
        code: 'custom',
        path: ['processTime'],
        message: `Process time (${formatDuration(step.processTime)}) is longer than lead time (${formatDuration(step.leadTime)})`,
      });
    }
  });
}

/** Compared in minutes, tolerating float noise from unit conversion (0.1 h + 0.2 h). */
export function processTimeExceedsLeadTime(
  processTime: Duration,
  leadTime: Duration,
  conventions: TimeConventions,
): boolean {
  const processMinutes = toMinutes(processTime, conventions);
  const leadMinutes = toMinutes(leadTime, conventions);
  return processMinutes - leadMinutes > 1e-9 * Math.max(1, leadMinutes);
}

export const doneCriterionSchema = z.object({
  id: idSchema,
  text: lineSchema('The criterion'),
  done: z.boolean({ error: 'Done must be yes or no' }),
});

/**
 * A step as stored. Process time may exceed lead time here: two people editing the two
 * figures at once can produce that after a merge, and metrics report it instead.
 */
export const stepDocSchema = z.object({
  id: idSchema,
  ...stepFieldsShape,
  definitionOfDone: z.array(doneCriterionSchema).max(200),
  predecessors: z.record(idSchema, z.enum(HANDOFF_TYPES)),
  derivedFromStepId: idSchema.optional(),
});
