import { z } from 'zod';
import { idSchema } from '../../schemas/fieldSchemas';
import { answerProblem } from '../answerScale';
import type { QuestionnaireCatalogue } from '../Questionnaire';
import { findItem, QUESTIONNAIRES, unknownVersion } from '../questionnaires';
import { assessmentTitleSchema } from './assessmentTitleSchema';
import { respondentDocSchema } from './respondentSchema';
import { roundDocSchema } from './roundSchema';

/** Generous ceilings that stop a hostile file or peer from flooding the app. */
const MAX_ROUNDS = 200;
const MAX_RESPONDENTS = 1000;

export { assessmentTitleSchema };

/**
 * An assessment as it arrives from a file or a peer, checked against the questionnaires
 * `catalogue` knows: a round or an answer under an unknown questionnaire version, an answer to
 * an item its version does not ask, or a value outside the item's scale is refused — the same
 * rules the change functions apply, so nothing the keyboard could not produce gets in.
 */
export function assessmentDocSchemaFor(catalogue: QuestionnaireCatalogue) {
  return z
    .object({
      schemaVersion: z.number().int().min(1),
      kind: z.literal('assessment'),
      title: assessmentTitleSchema,
      rounds: z.array(roundDocSchema).min(1).max(MAX_ROUNDS),
      respondents: z.record(idSchema, respondentDocSchema),
      createdAt: z.number().finite(),
    })
    .superRefine((doc, context) => {
      const problem = (path: (string | number)[], message: string) =>
        context.addIssue({ code: 'custom', path, message });

      const roundIds = new Set<string>();
      for (const [index, round] of doc.rounds.entries()) {
        if (roundIds.has(round.id)) return problem(['rounds', index], `Duplicate id ${round.id}`);
        roundIds.add(round.id);
        const questionnaire = catalogue.get(round.questionnaireVersion);
        if (!questionnaire) {
          return problem(['rounds', index], unknownVersion(round.questionnaireVersion));
        }
        for (const [itemId, agreed] of Object.entries(round.agreed)) {
          const item = findItem(questionnaire, itemId);
          const message = item
            ? answerProblem(item, agreed.value)
            : `Questionnaire version ${questionnaire.version} has no item ${itemId}`;
          if (message) return problem(['rounds', index, 'agreed', itemId], message);
        }
      }

      const respondents = Object.entries(doc.respondents);
      if (respondents.length > MAX_RESPONDENTS) {
        return problem(['respondents'], `More than ${MAX_RESPONDENTS} respondents`);
      }
      for (const [key, respondent] of respondents) {
        if (respondent.id !== key) {
          return problem(['respondents', key], `Respondent ${key} is stored under another id`);
        }
        for (const [index, answer] of respondent.answers.entries()) {
          const path = ['respondents', key, 'answers', index];
          const questionnaire = catalogue.get(answer.questionnaireVersion);
          if (!questionnaire) return problem(path, unknownVersion(answer.questionnaireVersion));
          const item = findItem(questionnaire, answer.itemId);
          if (!item) {
            return problem(
              path,
              `Questionnaire version ${questionnaire.version} has no item ${answer.itemId}`,
            );
          }
          const message = answer.value === null ? null : answerProblem(item, answer.value);
          if (message) return problem(path, message);
        }
      }
    });
}

export const assessmentDocSchema = assessmentDocSchemaFor(QUESTIONNAIRES);
