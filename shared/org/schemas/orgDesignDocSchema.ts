import { z } from 'zod';
import { lineSchema, numberSchema, requiredLineSchema } from '../../schemas/fieldSchemas';
import { STRUCTURES } from '../OrgDesignDoc';
import { placementKey } from '../placementKey';
import {
  orgIdSchema,
  personFieldsShape,
  placementSchema,
  poolFieldsShape,
  roleFieldsShape,
  serviceFieldsShape,
  scenarioNameSchema,
  thresholdsShape,
} from './orgFieldSchemas';

/** Generous ceilings that stop a hostile file or peer from flooding the app. */
const MAX_PEOPLE = 5000;
const MAX_POOLS = 500;
const MAX_ROLES = 500;
const MAX_SERVICES = 1000;
const MAX_SCENARIOS = 200;
const MAX_PLACEMENTS = 20_000;

const orderSchema = numberSchema('The order');

/** A map keyed by id, at most `max` entries. */
const idMap = <T extends z.ZodType>(value: T, max: number) =>
  z
    .record(orgIdSchema, value)
    .refine((map) => Object.keys(map).length <= max, `At most ${max} entries are allowed`);

const scenarioSchema = z.object({
  id: orgIdSchema,
  name: scenarioNameSchema,
  structure: z.enum(STRUCTURES),
  order: orderSchema,
  placements: z
    .record(z.string().max(310), placementSchema)
    .refine(
      (placements) => Object.keys(placements).length <= MAX_PLACEMENTS,
      `At most ${MAX_PLACEMENTS} placements are allowed`,
    ),
  approvalBoards: z.record(orgIdSchema, z.literal(true)),
  duplicatedFrom: orgIdSchema.optional(),
});

/**
 * An organisation design as it arrives from a file or a peer. Checks every field's shape and
 * range, that each entry sits under its own id and each placement under its key, and that a
 * placement has a service exactly in a matrix. It deliberately accepts what concurrent valid
 * edits can produce — a placement of a person, service or role deleted on another laptop, a
 * person in a deleted pool, a baseline that is gone, two people of one name, a team size
 * warning above its error — because `danglingReferences` reports those and the checks skip
 * them, so the document always opens.
 */
export const orgDesignDocSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    kind: z.literal('orgDesign'),
    title: requiredLineSchema('The title'),
    currency: lineSchema('The currency'),
    people: idMap(z.object({ id: orgIdSchema, ...personFieldsShape }), MAX_PEOPLE),
    pools: idMap(z.object({ id: orgIdSchema, ...poolFieldsShape, order: orderSchema }), MAX_POOLS),
    roles: idMap(z.object({ id: orgIdSchema, ...roleFieldsShape, order: orderSchema }), MAX_ROLES),
    services: idMap(
      z.object({ id: orgIdSchema, ...serviceFieldsShape, order: orderSchema }),
      MAX_SERVICES,
    ),
    smo: z.object({
      name: lineSchema('The SMO name'),
      memberIds: z.record(orgIdSchema, z.literal(true)),
    }),
    scenarios: idMap(scenarioSchema, MAX_SCENARIOS),
    baselineScenarioId: orgIdSchema.optional(),
    thresholds: z.object(thresholdsShape),
    createdAt: z.number(),
  })
  .superRefine((design, context) => {
    for (const listName of ['people', 'pools', 'roles', 'services', 'scenarios'] as const) {
      for (const [id, item] of Object.entries(design[listName])) {
        if (item.id !== id) {
          context.addIssue({
            code: 'custom',
            path: [listName, id],
            message: `An entry is stored under ${id} but has the id ${item.id}`,
          });
          return;
        }
      }
    }
    for (const scenario of Object.values(design.scenarios)) {
      for (const [key, placement] of Object.entries(scenario.placements)) {
        const problem =
          key !== placementKey(placement)
            ? 'A placement is stored under the wrong key'
            : (placement.serviceId === undefined) !== (scenario.structure === 'flat')
              ? 'A placement in a matrix names its service, one in a flat team does not'
              : null;
        if (problem) {
          context.addIssue({
            code: 'custom',
            path: ['scenarios', scenario.id, 'placements', key],
            message: problem,
          });
          return;
        }
      }
    }
  });
