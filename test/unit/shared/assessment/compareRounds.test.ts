import { describe, expect, it } from 'vitest';
import { aggregateRound } from '../../../../shared/assessment/aggregateRound';
import type { AssessmentDoc } from '../../../../shared/assessment/AssessmentDoc';
import { compareRounds, roundTrends } from '../../../../shared/assessment/compareRounds';
import { startRound } from '../../../../shared/assessment/roundChanges';
import { addPeople, answer, CATALOGUE_V1_V2, emptyAssessment, NOW } from './assessmentTestDocs';

const QUARTER = 91 * 24 * 3600 * 1000;

/** Anna and Ben answer twice, a quarter apart. */
function twoRounds(): AssessmentDoc {
  const doc = emptyAssessment();
  addPeople(doc, [
    ['Anna', 'operations'],
    ['Ben', 'development'],
  ]);
  const first = {
    'lean.kaizen': 2,
    'itsm.rpoRto': 3,
    'dora.leadTime': 2,
    'dora.changeFailRate': 40,
  };
  answer(doc, 'p1', { ...first, 'fit.businessModel': 'enterprise' });
  answer(doc, 'p2', first);
  startRound(doc, { label: 'After PDCA 1' }, NOW + QUARTER, () => 'r2');
  const later = { roundId: 'r2', at: NOW + QUARTER };
  answer(
    doc,
    'p1',
    {
      'lean.kaizen': 4,
      'itsm.rpoRto': 3,
      'dora.leadTime': 4,
      'dora.changeFailRate': 20,
      'fit.businessModel': 'itServiceProvider',
    },
    later,
  );
  answer(
    doc,
    'p2',
    { 'lean.kaizen': 4, 'itsm.rpoRto': 2, 'dora.leadTime': 4, 'dora.changeFailRate': 20 },
    later,
  );
  return doc;
}

describe('compareRounds', () => {
  it('marks each item Better, Same or Worse from the room’s values', () => {
    const comparison = compareRounds(twoRounds(), 'r1', 'r2');
    const byId = Object.fromEntries(comparison.items.map((item) => [item.itemId, item]));
    expect(byId['lean.kaizen']).toMatchObject({ before: 2, after: 4, trend: 'better' });
    expect(byId['itsm.rpoRto']).toMatchObject({ before: 3, after: 2.5, trend: 'worse' });
    expect(byId['dora.leadTime']).toMatchObject({ before: 2, after: 4, trend: 'better' });
    // A lower change fail rate is better.
    expect(byId['dora.changeFailRate']).toMatchObject({ before: 40, after: 20, trend: 'better' });
    expect(byId['fit.businessModel']).toMatchObject({
      before: 'enterprise',
      after: 'itServiceProvider',
      trend: 'changed',
    });
    expect(byId['da.smallTasks']).toMatchObject({
      before: null,
      after: null,
      trend: 'notComparable',
    });
    expect(comparison.before).toEqual({ roundId: 'r1', label: 'Round 1' });
    expect(comparison.after).toEqual({ roundId: 'r2', label: 'After PDCA 1' });
  });

  it('compares pillars by mean and weakest component, and the DORA scores', () => {
    const comparison = compareRounds(twoRounds(), 'r1', 'r2');
    const pillar = (name: string) => comparison.pillars.find((p) => p.pillar === name)!;
    expect(pillar('leanFoundation').mean).toEqual({ before: 2, after: 4, trend: 'better' });
    expect(pillar('serviceManagement').weakest).toEqual({ before: 3, after: 2.5, trend: 'worse' });
    expect(pillar('disciplinedAgile').mean.trend).toBe('notComparable');
    // Lead time 2 → 4 points and change fail rate 6 → 8 points: overall 4 → 7.
    expect(comparison.dora.overall).toEqual({ before: 4, after: 7, trend: 'better' });
    expect(comparison.dora.metrics.find((m) => m.metric === 'changeFailRate')).toMatchObject({
      before: 6,
      after: 8,
      trend: 'better',
    });
    expect(comparison.fit).toEqual({
      before: 'collaboration',
      after: 'toyotaWay',
      beforeTied: [],
      afterTied: [],
      changed: true,
    });
  });

  it('names the answers a room split evenly over, rather than showing the question unanswered', () => {
    const doc = twoRounds();
    answer(doc, 'p1', { 'fit.speedOrContinuity': 'continuity' });
    answer(doc, 'p2', { 'fit.speedOrContinuity': 'both' });
    answer(doc, 'p1', { 'fit.speedOrContinuity': 'both' }, { roundId: 'r2' });
    answer(doc, 'p2', { 'fit.speedOrContinuity': 'both' }, { roundId: 'r2' });
    const byId = Object.fromEntries(
      compareRounds(doc, 'r1', 'r2').items.map((item) => [item.itemId, item]),
    );
    expect(byId['fit.speedOrContinuity']).toMatchObject({
      before: null,
      beforeTie: ['continuity', 'both'],
      after: 'both',
      afterTie: [],
      trend: 'notComparable',
    });
    expect(byId['da.smallTasks']).toMatchObject({ beforeTie: [], afterTie: [] });
  });

  it('calls a difference that does not show at one decimal Same', () => {
    const doc = twoRounds();
    answer(doc, 'p1', { 'lean.visualControl': 3 });
    answer(doc, 'p1', { 'lean.visualControl': 3 }, { roundId: 'r2' });
    const item = compareRounds(doc, 'r1', 'r2').items.find(
      (i) => i.itemId === 'lean.visualControl',
    );
    expect(item?.trend).toBe('same');
  });

  it('keeps answers readable across questionnaire versions and compares what both asked', () => {
    const doc = emptyAssessment();
    addPeople(doc, [['Anna']]);
    answer(doc, 'p1', { 'da.adaptToChange': 2, 'lean.kaizen': 2 });
    startRound(doc, {}, NOW + QUARTER, () => 'r2', CATALOGUE_V1_V2);
    expect(doc.rounds[1]!.questionnaireVersion).toBe(2);
    answer(
      doc,
      'p1',
      { 'lean.gemba': 4, 'lean.kaizen': 3 },
      { roundId: 'r2', catalogue: CATALOGUE_V1_V2 },
    );

    // Round 1 still reads with version 1, which asked the item version 2 dropped.
    const first = aggregateRound(doc, 'r1', CATALOGUE_V1_V2);
    expect(first.items.find((item) => item.itemId === 'da.adaptToChange')?.n).toBe(1);

    const byId = Object.fromEntries(
      compareRounds(doc, 'r1', 'r2', CATALOGUE_V1_V2).items.map((item) => [item.itemId, item]),
    );
    expect(byId['lean.kaizen']).toMatchObject({ title: 'KAIZEN weekly', trend: 'better' });
    expect(byId['lean.gemba']).toMatchObject({ before: null, after: 4, trend: 'notComparable' });
    expect(byId['da.adaptToChange']).toMatchObject({
      before: 2,
      after: null,
      trend: 'notComparable',
    });

    // A build that knows only version 1 refuses to read round 2, saying why.
    expect(() => aggregateRound(doc, 'r2')).toThrow('questionnaire version 2');
  });
});

describe('roundTrends', () => {
  it('gives every round’s pillars, type and DORA figures, oldest first', () => {
    const trends = roundTrends(twoRounds());
    expect(trends.map((trend) => [trend.label, trend.respondents, trend.recommended])).toEqual([
      ['Round 1', 2, 'collaboration'],
      ['After PDCA 1', 2, 'toyotaWay'],
    ]);
    expect(trends.map((trend) => trend.dora.overall)).toEqual([4, 7]);
    expect(
      trends.map((trend) => trend.pillars.find((p) => p.pillar === 'leanFoundation')!.mean),
    ).toEqual([2, 4]);
    expect(trends[1]!.dora.metrics.find((m) => m.metric === 'leadTime')!.score).toBe(6);
    expect(trends[0]!.startedAt).toBe(NOW);
  });
});
