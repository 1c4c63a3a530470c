import { z } from 'zod';
import { INFORMATION_FLOW_KINDS } from '../ValueStreamMapDoc';
import { idSchema, lineSchema, percentSchema } from './fieldSchemas';

export const flowEndSchema = z.union([
  z.object({ stepId: idSchema }),
  z.object({ party: z.enum(['customer', 'supplier']) }),
]);

export const informationFlowFieldsSchema = z
  .object({
    from: flowEndSchema,
    to: flowEndSchema,
    kind: z.enum(INFORMATION_FLOW_KINDS, {
      error: 'An information flow is manual or electronic',
    }),
    label: lineSchema('The label'),
  })
  .refine((flow) => endKey(flow.from) !== endKey(flow.to), {
    message: 'An information flow needs two different boxes',
    path: ['to'],
  });

export const informationFlowDocSchema = z.object({
  id: idSchema,
  from: flowEndSchema,
  to: flowEndSchema,
  kind: z.enum(INFORMATION_FLOW_KINDS),
  label: lineSchema('The label'),
});

export const reworkShareSchema = percentSchema('Rework share');

export const reworkLoopDocSchema = z.object({
  id: idSchema,
  fromStepId: idSchema,
  toStepId: idSchema,
  share: reworkShareSchema,
});

function endKey(end: z.infer<typeof flowEndSchema>): string {
  return 'stepId' in end ? `step:${end.stepId}` : end.party;
}
