import { describe, expect, it } from 'vitest';
import { AssessmentValidationError } from '../../../../shared/assessment/AssessmentValidationError';
import {
  DORA_METRICS,
  IMPLEMENTATION_TYPES,
  PILLARS,
} from '../../../../shared/assessment/Questionnaire';
import {
  doraItems,
  findItem,
  fitQuestions,
  latestVersion,
  maturityItems,
  questionnaireFor,
  QUESTIONNAIRES,
} from '../../../../shared/assessment/questionnaires';
import { QUESTIONNAIRE_V1 } from '../../../../shared/assessment/questionnaireV1';

describe('questionnaire version 1', () => {
  it('gives every item a unique id and a short title', () => {
    const ids = QUESTIONNAIRE_V1.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of QUESTIONNAIRE_V1.items) expect(item.title.length).toBeLessThanOrEqual(40);
  });

  it('asks the six fit topics, each option adding 4 points in all so no question counts more', () => {
    expect(fitQuestions(QUESTIONNAIRE_V1).map((question) => question.id)).toEqual([
      'fit.businessModel',
      'fit.strategicIt',
      'fit.services',
      'fit.size',
      'fit.serviceLead',
      'fit.speedOrContinuity',
      'fit.strategyLink',
    ]);
    for (const question of fitQuestions(QUESTIONNAIRE_V1)) {
      for (const option of question.options) {
        const total = IMPLEMENTATION_TYPES.reduce((sum, type) => sum + option.weights[type], 0);
        expect(total, `${question.id}/${option.value}`).toBe(4);
      }
    }
  });

  it('lets each type be the clear favourite of one answer to every fit question', () => {
    for (const question of fitQuestions(QUESTIONNAIRE_V1)) {
      for (const type of IMPLEMENTATION_TYPES) {
        const best = Math.max(...question.options.map((option) => option.weights[type]));
        expect(best, `${question.id} → ${type}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('covers every pillar with at least four anchored items and a next step each', () => {
    for (const pillar of PILLARS) {
      const items = maturityItems(QUESTIONNAIRE_V1).filter((item) => item.pillar === pillar);
      expect(items.length, pillar).toBeGreaterThanOrEqual(4);
      for (const item of items) {
        expect(item.low).not.toBe('');
        expect(item.high).not.toBe('');
        expect(item.nextStep).not.toBe('');
      }
    }
  });

  it('names the practices of the white paper', () => {
    const titles = maturityItems(QUESTIONNAIRE_V1).map((item) => item.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Stabilised velocity',
        'Small tasks',
        'One single deployment pipeline',
        'Automated acceptance tests',
        'Automated performance tests',
        'RPO and RTO known',
        'Minimum required information',
        'Visual control',
        'Stop the line on a defect',
        'JKK definition of done',
        'KAIZEN',
        'KAIZEN in Advance',
        'Weekly Dev–Ops synchronisation',
      ]),
    );
  });

  it('asks DORA’s five metrics on DORA’s own scales', () => {
    const items = doraItems(QUESTIONNAIRE_V1);
    expect(items.map((item) => item.metric)).toEqual([...DORA_METRICS]);
    const scale = (metric: string) => items.find((item) => item.metric === metric)!.scale;
    const leadTime = scale('leadTime');
    expect(leadTime.kind === 'steps' && leadTime.labels[0]).toBe('More than six months');
    expect(leadTime.kind === 'steps' && leadTime.labels[5]).toBe('Less than one hour');
    const frequency = scale('deploymentFrequency');
    expect(frequency.kind === 'steps' && frequency.labels[0]).toBe('Less than once per six months');
    expect(frequency.kind === 'steps' && frequency.labels[5]).toBe(
      'On demand (multiple deploys per day)',
    );
    expect(scale('recoveryTime')).toEqual(leadTime);
    expect(scale('changeFailRate')).toEqual({ kind: 'percent' });
    expect(scale('reworkRate')).toEqual({ kind: 'percent' });
  });

  it('states a readiness level from 1 to 5 for every type and pillar, with a reason', () => {
    for (const type of IMPLEMENTATION_TYPES) {
      const rule = QUESTIONNAIRE_V1.readiness[type];
      expect(rule.why).not.toBe('');
      for (const pillar of PILLARS) {
        expect(rule.levels[pillar]).toBeGreaterThanOrEqual(1);
        expect(rule.levels[pillar]).toBeLessThanOrEqual(5);
      }
    }
    expect(QUESTIONNAIRE_V1.readiness.toyotaWay.levels.serviceManagement).toBeGreaterThan(
      QUESTIONNAIRE_V1.readiness.continuousDelivery.levels.serviceManagement,
    );
  });
});

describe('questionnaireFor', () => {
  it('finds a known version and its items', () => {
    expect(latestVersion()).toBe(1);
    const questionnaire = questionnaireFor(1);
    expect(questionnaire).toBe(QUESTIONNAIRES.get(1));
    expect(findItem(questionnaire, 'lean.kaizen')?.kind).toBe('maturity');
    expect(findItem(questionnaire, 'no.such.item')).toBeUndefined();
  });

  it('refuses a version this build does not know, telling the coach to update', () => {
    expect(() => questionnaireFor(7)).toThrow(AssessmentValidationError);
    expect(() => questionnaireFor(7)).toThrow(
      'These answers use questionnaire version 7, which this version of Obeya does not know. Update Obeya on this laptop to read them. Nothing was changed.',
    );
  });
});
