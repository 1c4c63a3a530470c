import { z } from 'zod';
import { idSchema, requiredLineSchema } from '../../schemas/fieldSchemas';
import { answerValueSchema } from './respondentSchema';

export const roundLabelSchema = requiredLineSchema('The round name');

export const agreedValueSchema = z.object({
  value: answerValueSchema,
  at: z.number().finite(),
});

export const roundDocSchema = z.object({
  id: idSchema,
  label: roundLabelSchema,
  startedAt: z.number().finite(),
  questionnaireVersion: z.number().int().min(1),
  revealed: z.boolean(),
  agreed: z.record(idSchema, agreedValueSchema),
});
