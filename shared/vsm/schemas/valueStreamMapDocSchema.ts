import { z } from 'zod';
import { informationFlowDocSchema, reworkLoopDocSchema } from './flowSchemas';
import { kaizenDocSchema } from './kaizenSchema';
import { mapDetailsSchema } from './mapDetailsSchema';
import { stepDocSchema } from './stepSchema';

/** Generous ceilings that stop a hostile file or peer from flooding the app. */
const MAX_STEPS = 5000;
const MAX_FLOWS = 10_000;
const MAX_KAIZENS = 2000;

/**
 * A value stream map as it arrives from a file or a peer. Checks every field's shape and
 * range and that ids are unique. It deliberately accepts what concurrent edits can produce
 * from valid changes — a dangling predecessor, a loop in the flow, process time above lead
 * time — because metrics report those instead of the document being refused.
 */
export const valueStreamMapDocSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    kind: z.literal('valueStreamMap'),
    ...mapDetailsSchema.shape,
    steps: z.array(stepDocSchema).max(MAX_STEPS),
    flows: z.object({
      information: z.array(informationFlowDocSchema).max(MAX_FLOWS),
      rework: z.array(reworkLoopDocSchema).max(MAX_FLOWS),
    }),
    kaizens: z.array(kaizenDocSchema).max(MAX_KAIZENS),
    createdAt: z.number(),
  })
  .superRefine((map, context) => {
    for (const [listName, list] of [
      ['steps', map.steps],
      ['kaizens', map.kaizens],
    ] as const) {
      const seen = new Set<string>();
      for (const item of list) {
        if (seen.has(item.id)) {
          context.addIssue({
            code: 'custom',
            path: [listName],
            message: `Duplicate id ${item.id}`,
          });
          return;
        }
        seen.add(item.id);
      }
    }
  });
