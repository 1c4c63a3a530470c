import { randomUuid } from '../randomUuid';
import type { AssessmentDoc } from './AssessmentDoc';
import { ASSESSMENT_SCHEMA_VERSION } from './AssessmentDoc';
import { type IdFactory } from './assessmentLookup';
import { parseOrThrow } from './AssessmentValidationError';
import type { QuestionnaireCatalogue } from './Questionnaire';
import { latestVersion, QUESTIONNAIRES } from './questionnaires';
import { assessmentTitleSchema } from './schemas/assessmentDocSchema';

/** A new assessment with its first round open, asking the newest questionnaire. */
export function newAssessment(
  details: { title: string },
  now: number,
  newId: IdFactory = randomUuid,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): AssessmentDoc {
  const title = parseOrThrow(assessmentTitleSchema, details.title, 'title');
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    kind: 'assessment',
    title,
    rounds: [
      {
        id: newId(),
        label: 'Round 1',
        startedAt: now,
        questionnaireVersion: latestVersion(catalogue),
        revealed: false,
        agreed: {},
      },
    ],
    respondents: {},
    createdAt: now,
  };
}

export function updateAssessmentDetails(doc: AssessmentDoc, patch: { title?: string }): void {
  if (patch.title === undefined) return;
  const title = parseOrThrow(assessmentTitleSchema, patch.title, 'title');
  if (doc.title !== title) doc.title = title;
}
