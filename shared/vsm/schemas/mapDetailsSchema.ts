import { z } from 'zod';
import { artefactRefSchema } from '../../workshop/workshopSchema';
import { MAP_STATES, TIME_UNITS } from '../ValueStreamMapDoc';
import { lineSchema, numberSchema, requiredLineSchema } from './fieldSchemas';

export const timeConventionsSchema = z.object({
  workingHoursPerDay: numberSchema('Working hours per day').refine(
    (hours) => hours > 0 && hours <= 24,
    'Working hours per day must be more than 0 and at most 24',
  ),
  workingDaysPerWeek: numberSchema('Working days per week').refine(
    (days) => days > 0 && days <= 7,
    'Working days per week must be more than 0 and at most 7',
  ),
  displayUnit: z.enum(TIME_UNITS, {
    error: 'The display unit must be minutes, hours, days or weeks',
  }),
});

export const demandSchema = z.object({
  quantity: numberSchema('Demand').refine((quantity) => quantity > 0, 'Demand must be more than 0'),
  per: z.enum(TIME_UNITS, { error: 'Demand must be per minute, hour, day or week' }),
});

/** The map-level fields a coach edits (everything but steps, flows and kaizens). */
export const mapDetailsSchema = z.object({
  title: requiredLineSchema('The title'),
  scope: z.object({ trigger: lineSchema('The trigger'), outcome: lineSchema('The outcome') }),
  customer: lineSchema('The customer'),
  supplier: lineSchema('The supplier'),
  timeConventions: timeConventionsSchema,
  state: z.enum(MAP_STATES, { error: 'The state must be current or future' }),
  linkedMapUrl: artefactRefSchema.shape.url.optional(),
  demand: demandSchema.optional(),
});
