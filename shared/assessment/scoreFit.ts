import type { AnswerProfile } from './answerProfile';
import type { FitQuestion, ImplementationType, Questionnaire, TypeWeights } from './Questionnaire';
import { IMPLEMENTATION_TYPES } from './Questionnaire';
import { fitQuestions } from './questionnaires';

/** Scores closer than this are equal: shares of a split room add up in floating point. */
const SAME_SCORE = 1e-9;

/** What one answered fit question added to each type. */
export interface FitContribution {
  itemId: string;
  title: string;
  /** The chosen option's label; for a split room each label with its share, largest first. */
  answer: string;
  points: TypeWeights;
}

/** An answer that favoured the recommended type over the runner-up, by `lead` points. */
export interface FitDriver extends FitContribution {
  lead: number;
}

export interface FitResult {
  /** `partial` when some fit questions are unanswered, `unanswered` when all are. */
  status: 'complete' | 'partial' | 'unanswered';
  scores: TypeWeights;
  /** Types by score, highest first; equal scores keep the order advanced → basic. */
  ranking: { type: ImplementationType; score: number }[];
  /** Null when nothing is answered or the top is tied. */
  recommended: ImplementationType | null;
  runnerUp: ImplementationType | null;
  /** Points between the first and second type; 0 in a tie. */
  margin: number;
  /** Every type sharing the top score when two or more do; empty otherwise. */
  tiedTypes: ImplementationType[];
  /** The answers that made the recommendation, the strongest first. */
  drivers: FitDriver[];
  /** Every answered fit question, in questionnaire order. */
  contributions: FitContribution[];
  missing: { itemId: string; title: string }[];
}

/**
 * Adds up the stated weights of each answer: each fit answer adds its option's points to each
 * type (a split room adds each option's points times its share). The highest total is the
 * recommendation; the drivers are the answers that gave it more points than the runner-up.
 */
export function scoreFit(questionnaire: Questionnaire, profile: AnswerProfile): FitResult {
  const questions = fitQuestions(questionnaire);
  const scores: TypeWeights = { toyotaWay: 0, collaboration: 0, continuousDelivery: 0 };
  const contributions: FitContribution[] = [];
  const missing: FitResult['missing'] = [];

  for (const question of questions) {
    const shares = profile.fit[question.id];
    if (!shares || Object.keys(shares).length === 0) {
      missing.push({ itemId: question.id, title: question.title });
      continue;
    }
    const contribution = contributionOf(question, shares);
    contributions.push(contribution);
    for (const type of IMPLEMENTATION_TYPES) scores[type] += contribution.points[type];
  }

  const ranking = IMPLEMENTATION_TYPES.map((type) => ({ type, score: scores[type] })).sort(
    (a, b) => (Math.abs(a.score - b.score) < SAME_SCORE ? 0 : b.score - a.score),
  );
  const status =
    contributions.length === 0 ? 'unanswered' : missing.length > 0 ? 'partial' : 'complete';
  const top = ranking[0]!;
  const tiedTypes = ranking
    .filter((entry) => top.score - entry.score < SAME_SCORE)
    .map((entry) => entry.type);

  if (status === 'unanswered' || tiedTypes.length > 1) {
    return {
      status,
      scores,
      ranking,
      recommended: null,
      runnerUp: null,
      margin: 0,
      tiedTypes: status === 'unanswered' ? [] : tiedTypes,
      drivers: [],
      contributions,
      missing,
    };
  }

  const recommended = top.type;
  const second = ranking[1]!;
  const drivers = contributions
    .map((contribution) => ({
      ...contribution,
      lead: contribution.points[recommended] - contribution.points[second.type],
    }))
    .filter((driver) => driver.lead > SAME_SCORE)
    .sort((a, b) => b.lead - a.lead);
  return {
    status,
    scores,
    ranking,
    recommended,
    runnerUp: second.type,
    margin: top.score - second.score,
    tiedTypes: [],
    drivers,
    contributions,
    missing,
  };
}

function contributionOf(question: FitQuestion, shares: Record<string, number>): FitContribution {
  const points: TypeWeights = { toyotaWay: 0, collaboration: 0, continuousDelivery: 0 };
  const chosen: { label: string; share: number }[] = [];
  for (const option of question.options) {
    const share = shares[option.value] ?? 0;
    if (share <= 0) continue;
    chosen.push({ label: option.label, share });
    for (const type of IMPLEMENTATION_TYPES) points[type] += option.weights[type] * share;
  }
  chosen.sort((a, b) => b.share - a.share);
  const answer =
    chosen.length === 1
      ? chosen[0]!.label
      : chosen.map(({ label, share }) => `${label} (${Math.round(share * 100)} %)`).join('; ');
  return { itemId: question.id, title: question.title, answer, points };
}
