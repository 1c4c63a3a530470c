import { z } from 'zod';
import {
  countSchema,
  lineSchema,
  longTextSchema,
  numberSchema,
  requiredLineSchema,
} from '../../schemas/fieldSchemas';
import { PROCESS_STAGES, SERVICE_COMPLEXITIES } from '../OrgDesignDoc';

/** Ids hold letters, digits, "_" and "-" only, so a placement key ("a|b|c") stays unambiguous. */
export const orgIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,100}$/, 'An id holds 1–100 letters, digits, “_” or “-”');

const MAX_EXPERIENCE_TAGS = 50;
/** Half as much again as full time: more is a typing slip, not a person. */
const MAX_CAPACITY = 1.5;

const experienceTagSchema = lineSchema('An experience')
  .pipe(z.string().min(1, 'An experience cannot be empty'))
  .refine((tag) => !tag.includes(';'), {
    message: 'An experience cannot contain “;” — it separates experiences in a spreadsheet',
  });

/** A set of experiences as typed; duplicates (case-insensitive) are dropped later. */
export const experienceListSchema = (label: string) =>
  z
    .array(experienceTagSchema, { error: `${label} must be a list of experiences` })
    .max(MAX_EXPERIENCE_TAGS, `${label} can hold at most ${MAX_EXPERIENCE_TAGS} experiences`);

export const capacitySchema = numberSchema('Capacity')
  .min(0, `Capacity must be between 0 and ${MAX_CAPACITY} FTE`)
  .max(MAX_CAPACITY, `Capacity must be between 0 and ${MAX_CAPACITY} FTE`);

export const allocationSchema = numberSchema('Allocation').refine(
  (allocation) => allocation > 0 && allocation <= 100,
  'Allocation must be more than 0 % and at most 100 % (one full-time person)',
);

const costSchema = countSchema('Cost per FTE-year');

export const personFieldsShape = {
  name: requiredLineSchema('The name'),
  experience: experienceListSchema('Experience'),
  capacity: capacitySchema,
  costPerFteYear: costSchema.optional(),
  location: lineSchema('The location').optional(),
  poolId: orgIdSchema.optional(),
};

export const poolFieldsShape = {
  name: requiredLineSchema('The pool name'),
};

export const roleFieldsShape = {
  name: requiredLineSchema('The role name'),
  responsibility: longTextSchema('The responsibility'),
  requiredExperience: experienceListSchema('Required experience'),
  stages: z
    .array(z.enum(PROCESS_STAGES, { error: 'A stage must be one of the eleven process stages' }))
    .max(PROCESS_STAGES.length * 4),
  requiredPerService: z.boolean({ error: 'Required per service must be yes or no' }),
};

export const serviceFieldsShape = {
  name: requiredLineSchema('The service name'),
  complexity: z.enum(SERVICE_COMPLEXITIES, {
    error: 'Complexity must be simple, complicated or complex',
  }),
};

export const scenarioNameSchema = requiredLineSchema('The scenario name');

const teamSize = (label: string) =>
  numberSchema(label)
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`)
    .max(1000, `${label} must be at most 1000`);

export const thresholdsShape = {
  teamSizeWarnAbove: teamSize('The team size warning'),
  teamSizeErrorAbove: teamSize('The team size error'),
  serviceMasterSpan: teamSize('The Service Master’s span'),
  expertServices: teamSize('The services per expert'),
  simpleServicesPerTeam: teamSize('The simple services per team'),
};

/** Thresholds as a coach edits them: the warning comes before the error. */
export const thresholdsSchema = z
  .object(thresholdsShape)
  .refine((limits) => limits.teamSizeWarnAbove <= limits.teamSizeErrorAbove, {
    message: 'The team size warning cannot be above the team size error',
    path: ['teamSizeWarnAbove'],
  });

export const placementSchema = z.object({
  personId: orgIdSchema,
  serviceId: orgIdSchema.optional(),
  roleId: orgIdSchema,
  allocation: allocationSchema,
});
