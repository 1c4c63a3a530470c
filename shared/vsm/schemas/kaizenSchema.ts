import { z } from 'zod';
import { isoDateSchema } from '../../workshop/workshopSchema';
import { PDCA_PHASES } from '../ValueStreamMapDoc';
import { idSchema, lineSchema, longTextSchema, numberSchema } from './fieldSchemas';

export const FIVE_WHYS = 5;

export const kaizenAnchorSchema = z.union([
  z.object({ stepId: idSchema }),
  z.object({ handoff: z.object({ from: idSchema, to: idSchema }) }),
  z.object({ map: z.literal(true) }),
]);

export const kaizenKpiSchema = z.object({
  name: lineSchema('The KPI name'),
  unit: lineSchema('The KPI unit'),
  target: numberSchema('The KPI target').optional(),
  measured: numberSchema('The measured KPI').optional(),
});

export const kaizenFieldsShape = {
  attachedTo: kaizenAnchorSchema,
  problem: longTextSchema('The problem'),
  evidence: longTextSchema('The evidence'),
  fiveWhys: z
    .array(longTextSchema('An answer to why'))
    .length(FIVE_WHYS, `The five whys need exactly ${FIVE_WHYS} answers (empty ones allowed)`),
  hypothesis: longTextSchema('The hypothesis'),
  countermeasure: longTextSchema('The countermeasure'),
  owner: lineSchema('The owner'),
  dueDate: isoDateSchema,
  pdca: z.enum(PDCA_PHASES, { error: 'The PDCA phase must be plan, do, check, act or done' }),
  kpi: kaizenKpiSchema,
};

export const kaizenFieldsSchema = z.object(kaizenFieldsShape);

export const kaizenDocSchema = z.object({
  id: idSchema,
  ...kaizenFieldsShape,
  derivedFromKaizenId: idSchema.optional(),
});
