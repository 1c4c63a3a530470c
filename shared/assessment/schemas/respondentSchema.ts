import { z } from 'zod';
import { idSchema, lineSchema } from '../../schemas/fieldSchemas';
import { RESPONDENT_IDENTITIES, ROLE_GROUPS } from '../AssessmentDoc';

export const respondentIdentitySchema = z.enum(RESPONDENT_IDENTITIES, {
  error: 'A respondent answers by name, under an alias, or anonymously',
});

export const roleGroupSchema = z.enum(ROLE_GROUPS, {
  error: 'The role group must be business, development, operations or management',
});

/**
 * Who a respondent is. A named respondent needs a name and an alias must say something; an
 * anonymous respondent keeps no name at all, since the document travels to every laptop.
 */
export const respondentFieldsSchema = z
  .object({
    identity: respondentIdentitySchema,
    name: lineSchema('The name'),
    roleGroup: roleGroupSchema.optional(),
  })
  .superRefine((respondent, context) => {
    if (respondent.identity !== 'anonymous' && respondent.name === '') {
      context.addIssue({
        code: 'custom',
        path: ['name'],
        message:
          respondent.identity === 'named'
            ? 'A named respondent needs a name'
            : 'An alias cannot be empty',
      });
    }
  })
  .transform((respondent) =>
    respondent.identity === 'anonymous' ? { ...respondent, name: '' } : respondent,
  );

export const answerValueSchema = z.union([z.number(), z.string().max(200)]);

export const answerEventSchema = z.object({
  roundId: idSchema,
  itemId: idSchema,
  value: answerValueSchema.nullable(),
  questionnaireVersion: z.number().int().min(1),
  at: z.number().finite(),
  deviceId: idSchema,
});

/** Generous ceiling: 60 items answered ten times over in twenty rounds. */
export const MAX_ANSWER_EVENTS = 12_000;

export const respondentDocSchema = z.object({
  id: idSchema,
  identity: respondentIdentitySchema,
  name: lineSchema('The name'),
  roleGroup: roleGroupSchema.optional(),
  addedAt: z.number().finite(),
  removed: z.boolean().optional(),
  answers: z.array(answerEventSchema).max(MAX_ANSWER_EVENTS),
});
