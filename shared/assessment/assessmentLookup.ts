import type { AssessmentDoc, Respondent, Round } from './AssessmentDoc';
import { AssessmentValidationError } from './AssessmentValidationError';
import type { Questionnaire, QuestionnaireCatalogue } from './Questionnaire';
import { QUESTIONNAIRES, questionnaireFor } from './questionnaires';

/** Makes a fresh id for a round or a respondent. Tests pass a counter. */
export type IdFactory = () => string;

export function findRound(doc: AssessmentDoc, roundId: string): Round | undefined {
  return doc.rounds.find((round) => round.id === roundId);
}

/** The round, or a refusal the UI can show. */
export function requireRound(doc: AssessmentDoc, roundId: string): Round {
  const round = findRound(doc, roundId);
  if (!round)
    throw new AssessmentValidationError('roundId', 'That round is not in this assessment');
  return round;
}

/** The round being answered now: the one started last. */
export function currentRound(doc: AssessmentDoc): Round {
  return doc.rounds.at(-1)!;
}

/** The respondent, or a refusal when they were never added or were taken out. */
export function requireRespondent(doc: AssessmentDoc, respondentId: string): Respondent {
  const respondent = Object.hasOwn(doc.respondents, respondentId)
    ? doc.respondents[respondentId]
    : undefined;
  if (!respondent) {
    throw new AssessmentValidationError(
      'respondentId',
      'That respondent is not in this assessment',
    );
  }
  return respondent;
}

/** Respondents in the order they joined (ties by id), the ones taken out included. */
export function orderedRespondents(doc: AssessmentDoc): Respondent[] {
  return Object.values(doc.respondents).sort(
    (a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * The respondent still in the results who answers under `name` (a name or an alias, whatever
 * its case and surrounding spaces), if any: typing an existing name on "Who is answering?"
 * most likely means that person, not a second one.
 */
export function listedRespondentNamed(doc: AssessmentDoc, name: string): Respondent | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  if (!wanted) return undefined;
  return orderedRespondents(doc).find(
    (respondent) =>
      !respondent.removed &&
      respondent.identity !== 'anonymous' &&
      respondent.name.trim().toLocaleLowerCase() === wanted,
  );
}

/** The questionnaire a round asks, or a refusal when this build does not know its version. */
export function roundQuestionnaire(
  round: Round,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): Questionnaire {
  return questionnaireFor(round.questionnaireVersion, catalogue);
}
