import type { AnswerValue, Questionnaire } from './Questionnaire';
import { findItem } from './questionnaires';

/**
 * What scoring reads: for each fit question the share of each option (one respondent gives
 * one option a share of 1; a room splits it), for each maturity and DORA item a number (an
 * answer, or the room's median or agreed value). Items left out are unanswered.
 */
export interface AnswerProfile {
  questionnaireVersion: number;
  /** Fit question id → option value → share; the shares of a question sum to 1. */
  fit: Record<string, Record<string, number>>;
  /** Maturity and DORA item id → value on the item's scale. */
  values: Record<string, number>;
}

/** One respondent's (or one agreed set of) answers as a profile; unknown items are ignored. */
export function profileFromAnswers(
  questionnaire: Questionnaire,
  answers: Iterable<readonly [itemId: string, value: AnswerValue]>,
): AnswerProfile {
  const profile: AnswerProfile = {
    questionnaireVersion: questionnaire.version,
    fit: {},
    values: {},
  };
  for (const [itemId, value] of answers) {
    const item = findItem(questionnaire, itemId);
    if (!item) continue;
    if (item.kind === 'fit') {
      if (typeof value === 'string') profile.fit[itemId] = { [value]: 1 };
    } else if (typeof value === 'number') {
      profile.values[itemId] = value;
    }
  }
  return profile;
}
