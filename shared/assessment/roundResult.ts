import { aggregateRound, type RoundAggregate } from './aggregateRound';
import { profileFromAnswers } from './answerProfile';
import type { AssessmentDoc } from './AssessmentDoc';
import { requireRespondent, requireRound, roundQuestionnaire } from './assessmentLookup';
import { currentAnswers } from './currentAnswers';
import type { QuestionnaireCatalogue } from './Questionnaire';
import { QUESTIONNAIRES } from './questionnaires';
import { scoreAssessment, type AssessmentResult } from './scoreAssessment';

/** The room's figures for a round and the result scored from them. */
export interface RoundResult {
  aggregate: RoundAggregate;
  result: AssessmentResult;
}

/** Scores the room: agreed values where recorded, else the medians and the option shares. */
export function roundResult(
  doc: AssessmentDoc,
  roundId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): RoundResult {
  const aggregate = aggregateRound(doc, roundId, catalogue);
  const questionnaire = roundQuestionnaire(requireRound(doc, roundId), catalogue);
  return { aggregate, result: scoreAssessment(questionnaire, aggregate.profile) };
}

/** Scores one respondent's own answers in a round: what they see after answering. */
export function respondentResult(
  doc: AssessmentDoc,
  roundId: string,
  respondentId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): AssessmentResult {
  const questionnaire = roundQuestionnaire(requireRound(doc, roundId), catalogue);
  const answers = currentAnswers(requireRespondent(doc, respondentId), roundId);
  return scoreAssessment(
    questionnaire,
    profileFromAnswers(
      questionnaire,
      [...answers].map(([itemId, event]) => [itemId, event.value!] as const),
    ),
  );
}
