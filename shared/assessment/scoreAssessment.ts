import type { AnswerProfile } from './answerProfile';
import type { Questionnaire } from './Questionnaire';
import { scoreDora, type DoraResult } from './scoreDora';
import { scoreFit, type FitResult } from './scoreFit';
import { readinessFor, scoreMaturity, type MaturityResult, type Readiness } from './scoreMaturity';

export interface AssessmentResult {
  questionnaireVersion: number;
  /** `partial` when any item is unanswered; `missing` says which. */
  status: 'complete' | 'partial';
  fit: FitResult;
  maturity: MaturityResult;
  /** Readiness for the recommended type, or for each type in a tie; empty without fit answers. */
  readiness: Readiness[];
  dora: DoraResult;
  missing: { itemId: string; title: string }[];
}

/** The whole result of one profile: type fit, pillar maturity with readiness gaps, DORA. */
export function scoreAssessment(
  questionnaire: Questionnaire,
  profile: AnswerProfile,
): AssessmentResult {
  const fit = scoreFit(questionnaire, profile);
  const maturity = scoreMaturity(questionnaire, profile);
  const dora = scoreDora(questionnaire, profile);
  const types = fit.recommended ? [fit.recommended] : fit.tiedTypes;
  const missingIds = new Set(
    [...fit.missing, ...maturity.missing, ...dora.missing].map((entry) => entry.itemId),
  );
  return {
    questionnaireVersion: questionnaire.version,
    status: missingIds.size > 0 ? 'partial' : 'complete',
    fit,
    maturity,
    readiness: types.map((type) => readinessFor(type, questionnaire, maturity, profile)),
    dora,
    missing: questionnaire.items
      .filter((item) => missingIds.has(item.id))
      .map((item) => ({ itemId: item.id, title: item.title })),
  };
}
