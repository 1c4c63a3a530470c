import { answerProblem } from './answerScale';
import type { AssessmentDoc, Respondent } from './AssessmentDoc';
import { requireRespondent, requireRound, roundQuestionnaire } from './assessmentLookup';
import { AssessmentValidationError } from './AssessmentValidationError';
import { latestEvent } from './currentAnswers';
import type { AnswerValue, QuestionnaireCatalogue } from './Questionnaire';
import { findItem, QUESTIONNAIRES } from './questionnaires';

/** Which laptop answers, and when. */
export interface AnswerContext {
  now: number;
  /** This laptop's or browser's id: breaks ties between answers given at the same moment. */
  deviceId: string;
  catalogue?: QuestionnaireCatalogue;
  /**
   * The document as it stood when this change began, read outside Automerge's change: there a
   * respondent's answers are plain objects, while inside it each one read costs a call into
   * Automerge, and the current answer is looked for through the whole list.
   */
  before?: AssessmentDoc;
}

export interface GivenAnswer {
  roundId: string;
  respondentId: string;
  itemId: string;
  /** `null` withdraws the current answer. */
  value: AnswerValue | null;
}

/**
 * Records a respondent's answer by appending it to their own list: nothing is overwritten, so
 * two laptops answering as the same respondent merge without losing either answer — the
 * latest becomes current, the other stays in the history. Refuses an unknown round, item or
 * questionnaire version, a respondent taken out, and a value outside the item's scale.
 */
export function answerItem(doc: AssessmentDoc, answer: GivenAnswer, context: AnswerContext): void {
  const round = requireRound(doc, answer.roundId);
  const respondent = requireRespondent(doc, answer.respondentId);
  if (respondent.removed) {
    throw new AssessmentValidationError(
      'respondentId',
      'This respondent was taken out of the assessment; restore them to answer',
    );
  }
  const questionnaire = roundQuestionnaire(round, context.catalogue ?? QUESTIONNAIRES);
  const item = findItem(questionnaire, answer.itemId);
  if (!item) {
    throw new AssessmentValidationError(
      'itemId',
      `Questionnaire version ${questionnaire.version} has no item “${answer.itemId}”`,
    );
  }
  if (answer.value !== null) {
    const problem = answerProblem(item, answer.value);
    if (problem) throw new AssessmentValidationError('value', problem);
  }

  const current = latestEvent(
    answersBefore(context.before, respondent) ?? respondent,
    round.id,
    item.id,
  );
  if ((current?.value ?? null) === answer.value) return;
  respondent.answers.push({
    roundId: round.id,
    itemId: item.id,
    value: answer.value,
    questionnaireVersion: questionnaire.version,
    // Never older than the answer it replaces, so a laptop whose clock runs behind still
    // makes its own later answer current.
    at: current ? Math.max(context.now, current.at + 1) : context.now,
    deviceId: context.deviceId,
  });
}

/**
 * The respondent as they stood before the change, when that document is the one being changed:
 * answer lists only grow, so one as long as the draft's holds the same answers.
 */
function answersBefore(before: AssessmentDoc | undefined, respondent: Respondent) {
  const earlier = before?.respondents[respondent.id];
  return earlier?.answers.length === respondent.answers.length ? earlier : undefined;
}
