import { randomUuid } from '../randomUuid';
import { answerProblem } from './answerScale';
import type { AssessmentDoc } from './AssessmentDoc';
import { type IdFactory, requireRound, roundQuestionnaire } from './assessmentLookup';
import { AssessmentValidationError, parseOrThrow } from './AssessmentValidationError';
import type { AnswerValue, QuestionnaireCatalogue } from './Questionnaire';
import { findItem, latestVersion, QUESTIONNAIRES } from './questionnaires';
import { roundLabelSchema } from './schemas/roundSchema';

/**
 * Starts a new round (typically a quarter later, after a PDCA cycle) asking the newest
 * questionnaire. Earlier rounds keep their answers; respondents stay and answer afresh.
 */
export function startRound(
  doc: AssessmentDoc,
  details: { label?: string },
  now: number,
  newId: IdFactory = randomUuid,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): string {
  const label = parseOrThrow(
    roundLabelSchema,
    details.label ?? `Round ${doc.rounds.length + 1}`,
    'label',
  );
  const id = newId();
  doc.rounds.push({
    id,
    label,
    startedAt: now,
    questionnaireVersion: latestVersion(catalogue),
    revealed: false,
    agreed: {},
  });
  return id;
}

export function renameRound(doc: AssessmentDoc, roundId: string, label: string): void {
  const round = requireRound(doc, roundId);
  const valid = parseOrThrow(roundLabelSchema, label, 'label');
  if (round.label !== valid) round.label = valid;
}

/** Shows every answer of the round to the room at once. */
export function revealRound(doc: AssessmentDoc, roundId: string): void {
  const round = requireRound(doc, roundId);
  if (!round.revealed) round.revealed = true;
}

/** Hides the round's answers again, e.g. to let late respondents answer unswayed. */
export function hideRound(doc: AssessmentDoc, roundId: string): void {
  const round = requireRound(doc, roundId);
  if (round.revealed) round.revealed = false;
}

/**
 * Records the value the room agreed on for an item after discussing it, beside the individual
 * answers; `null` clears it. Held to the item's scale, like an answer.
 */
export function recordAgreedValue(
  doc: AssessmentDoc,
  roundId: string,
  itemId: string,
  value: AnswerValue | null,
  now: number,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): void {
  const round = requireRound(doc, roundId);
  const questionnaire = roundQuestionnaire(round, catalogue);
  const item = findItem(questionnaire, itemId);
  if (!item) {
    throw new AssessmentValidationError(
      'itemId',
      `Questionnaire version ${questionnaire.version} has no item “${itemId}”`,
    );
  }
  if (value === null) {
    delete round.agreed[itemId];
    return;
  }
  const problem = answerProblem(item, value);
  if (problem) throw new AssessmentValidationError('value', problem);
  if (round.agreed[itemId]?.value === value) return;
  round.agreed[itemId] = { value, at: now };
}
