import { describe, expect, it } from 'vitest';
import { profileFromAnswers } from '../../../../shared/assessment/answerProfile';
import type { AnswerValue } from '../../../../shared/assessment/Questionnaire';
import { maturityItems, questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { readinessFor, scoreMaturity } from '../../../../shared/assessment/scoreMaturity';

const questionnaire = questionnaireFor(1);
const profileOf = (answers: Record<string, AnswerValue>) =>
  profileFromAnswers(questionnaire, Object.entries(answers));

/** Every maturity item at `level`, then the given overrides. */
function allAt(level: number, overrides: Record<string, number> = {}) {
  return profileOf({
    ...Object.fromEntries(maturityItems(questionnaire).map((item) => [item.id, level])),
    ...overrides,
  });
}

describe('scoreMaturity', () => {
  it('scores a pillar by its mean and by its weakest component (ITIL)', () => {
    const maturity = scoreMaturity(
      questionnaire,
      allAt(4, {
        'itsm.rpoRto': 5,
        'itsm.minimumInformation': 5,
        'itsm.operationStories': 5,
        'itsm.goNoGo': 1,
      }),
    );
    const itsm = maturity.pillars.find((pillar) => pillar.pillar === 'serviceManagement')!;
    expect(itsm).toMatchObject({
      name: 'IT service management',
      answered: 4,
      total: 4,
      mean: 4,
      weakest: 1,
      weakestItems: [{ itemId: 'itsm.goNoGo', title: 'Go / no-go criteria', value: 1 }],
    });
    expect(maturity.status).toBe('complete');
    expect(maturity.overall).toEqual({ mean: 4, weakest: 1 });
  });

  it('marks a pillar partial and lists the missing items', () => {
    const maturity = scoreMaturity(
      questionnaire,
      profileOf({ 'da.smallTasks': 2, 'da.stableVelocity': 4 }),
    );
    expect(maturity.status).toBe('partial');
    expect(maturity.pillars[0]).toMatchObject({ answered: 2, total: 4, mean: 3, weakest: 2 });
    expect(maturity.pillars[1]).toMatchObject({ answered: 0, mean: null, weakest: null });
    expect(maturity.overall).toEqual({ mean: 3, weakest: 2 });
    expect(maturity.missing).toHaveLength(maturityItems(questionnaire).length - 2);
  });

  it('is unanswered without maturity answers', () => {
    expect(scoreMaturity(questionnaire, profileOf({})).status).toBe('unanswered');
  });
});

describe('readinessFor', () => {
  it('finds the Toyota way’s gap in a weak IT service management pillar, with a next step', () => {
    const profile = allAt(4, { 'itsm.rpoRto': 2, 'itsm.goNoGo': 3 });
    const readiness = readinessFor(
      'toyotaWay',
      questionnaire,
      scoreMaturity(questionnaire, profile),
      profile,
    );
    expect(readiness.typeName).toBe('Toyota way');
    expect(readiness.gaps).toHaveLength(1);
    expect(readiness.gaps[0]).toMatchObject({
      pillar: 'serviceManagement',
      required: 4,
      weakest: 2,
      mean: 3.25,
      status: 'gap',
      limitingItems: [
        { itemId: 'itsm.rpoRto', value: 2 },
        { itemId: 'itsm.goNoGo', value: 3 },
      ],
      nextStep:
        'Agree RPO and RTO for the most critical service with its business owner, then rehearse a restore.',
    });
  });

  it('finds no gap for Continuous Delivery on the same answers, which needs less ITSM', () => {
    const profile = allAt(4, { 'itsm.rpoRto': 2, 'itsm.goNoGo': 3 });
    const readiness = readinessFor(
      'continuousDelivery',
      questionnaire,
      scoreMaturity(questionnaire, profile),
      profile,
    );
    expect(readiness.gaps).toEqual([]);
    expect(readiness.checks.map((check) => check.status)).toEqual([
      'ready',
      'ready',
      'ready',
      'ready',
    ]);
  });

  it('marks an unanswered pillar as unanswered, not as a gap', () => {
    const profile = profileOf({ 'da.smallTasks': 1 });
    const readiness = readinessFor(
      'collaboration',
      questionnaire,
      scoreMaturity(questionnaire, profile),
      profile,
    );
    expect(readiness.checks.map((check) => check.status)).toEqual([
      'gap',
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
    expect(readiness.gaps[0]!.nextStep).toBe(
      'Split the stories of the next iteration into tasks of a day or less.',
    );
  });
});
