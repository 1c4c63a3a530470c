import { describe, expect, it } from 'vitest';
import { profileFromAnswers } from '../../../../shared/assessment/answerProfile';
import { DORA_CAUTION } from '../../../../shared/assessment/doraClusters';
import { questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { doraScore, scoreDora } from '../../../../shared/assessment/scoreDora';

const questionnaire = questionnaireFor(1);
const doraOf = (answers: Record<string, number>) =>
  scoreDora(questionnaire, profileFromAnswers(questionnaire, Object.entries(answers)));

const steps = { kind: 'steps', labels: ['', '', '', '', '', ''] } as const;

describe('doraScore', () => {
  it('scores a six-step answer as (v − 1) / 5 × 10', () => {
    expect([1, 2, 3, 4, 5, 6].map((value) => doraScore(steps, value))).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('scores a percentage as (100 − v) / 10', () => {
    expect([0, 15, 40, 100].map((value) => doraScore({ kind: 'percent' }, value))).toEqual([
      10, 8.5, 6, 0,
    ]);
  });
});

describe('scoreDora', () => {
  it('gives each metric its score and the overall score as their plain mean', () => {
    const dora = doraOf({
      'dora.leadTime': 4,
      'dora.deploymentFrequency': 3,
      'dora.recoveryTime': 5,
      'dora.changeFailRate': 20,
      'dora.reworkRate': 10,
    });
    expect(dora.status).toBe('complete');
    expect(dora.metrics.map((metric) => metric.score)).toEqual([6, 4, 8, 8, 9]);
    expect(dora.overall).toBe(7);
    expect(dora.throughput).toBe(6);
    expect(dora.stability).toBe(8.5);
    expect(dora.caution).toBe(DORA_CAUTION);
    expect(dora.clustersYear).toBe(2024);
  });

  it.each([
    ['elite', { leadTime: 6, deploymentFrequency: 6, recoveryTime: 6, changeFailRate: 5 }],
    ['high', { leadTime: 4, deploymentFrequency: 4, recoveryTime: 5, changeFailRate: 20 }],
    ['medium', { leadTime: 3, deploymentFrequency: 3, recoveryTime: 5, changeFailRate: 10 }],
    ['low', { leadTime: 2, deploymentFrequency: 2, recoveryTime: 3, changeFailRate: 40 }],
  ])('places a team answering like the 2024 %s cluster in it', (cluster, answers) => {
    const dora = doraOf(
      Object.fromEntries(
        Object.entries(answers).map(([metric, value]) => [`dora.${metric}`, value]),
      ),
    );
    expect(dora.placement?.nearest).toEqual([cluster]);
    expect(dora.placement?.distances[cluster as 'elite']).toBe(0);
  });

  it('places each metric on its own: recovery in less than a day is both High and Medium', () => {
    const dora = doraOf({ 'dora.recoveryTime': 5, 'dora.leadTime': 1, 'dora.reworkRate': 30 });
    const byMetric = Object.fromEntries(
      dora.metrics.map((metric) => [metric.metric, metric.clusters]),
    );
    expect(byMetric.recoveryTime).toEqual(['high', 'medium']);
    // Slower than any cluster's band: the nearest is Low.
    expect(byMetric.leadTime).toEqual(['low']);
    // The 2024 clusters say nothing about rework.
    expect(byMetric.reworkRate).toEqual([]);
  });

  it('measures the distance to a cluster in Quick Check points', () => {
    // Lead time "one week to one month" (4 points) against Elite's band "less than a day" (8–10).
    const dora = doraOf({ 'dora.leadTime': 3 });
    expect(dora.placement?.distances).toEqual({ elite: 4, high: 2, medium: 0, low: 2 });
  });

  it('gives a partial result from the metrics answered', () => {
    const dora = doraOf({ 'dora.changeFailRate': 15 });
    expect(dora).toMatchObject({
      status: 'partial',
      overall: 8.5,
      throughput: null,
      stability: 8.5,
    });
    expect(dora.missing.map((entry) => entry.itemId)).toEqual([
      'dora.leadTime',
      'dora.deploymentFrequency',
      'dora.recoveryTime',
      'dora.reworkRate',
    ]);
    // 15 % lies between Medium (10 %) and High (20 %).
    expect(dora.placement?.nearest).toEqual(['high', 'medium']);
  });

  it('places nothing without answers', () => {
    expect(doraOf({})).toMatchObject({ status: 'unanswered', overall: null, placement: null });
  });
});
