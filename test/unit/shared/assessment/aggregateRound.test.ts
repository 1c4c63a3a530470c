import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateRound,
  answerProgress,
  type ChoiceItemAggregate,
  type NumericItemAggregate,
} from '../../../../shared/assessment/aggregateRound';
import { answerItem } from '../../../../shared/assessment/answerChanges';
import type { AssessmentDoc, RoleGroup } from '../../../../shared/assessment/AssessmentDoc';
import { ROLE_GROUPS } from '../../../../shared/assessment/AssessmentDoc';
import { maturityItems, questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { addRespondent, removeRespondent } from '../../../../shared/assessment/respondentChanges';
import { recordAgreedValue } from '../../../../shared/assessment/roundChanges';
import { addPeople, answer, emptyAssessment, NOW } from './assessmentTestDocs';

/** Anna and Cleo in operations, Ben in development, an anonymous business respondent. */
function room(): AssessmentDoc {
  const doc = emptyAssessment();
  addPeople(doc, [
    ['Anna', 'operations'],
    ['Ben', 'development'],
    ['Cleo', 'operations'],
  ]);
  addRespondent(
    doc,
    { identity: 'anonymous', name: '', roleGroup: 'business' },
    NOW + 9,
    () => 'p4',
  );
  answer(doc, 'p1', { 'lean.kaizen': 2, 'fit.size': 'fewTeams', 'dora.changeFailRate': 10 });
  answer(doc, 'p2', { 'lean.kaizen': 4, 'fit.size': 'fewTeams', 'dora.changeFailRate': 30 });
  answer(doc, 'p3', { 'lean.kaizen': 2, 'fit.size': 'manyTeams' });
  answer(doc, 'p4', { 'lean.kaizen': 3 });
  return doc;
}

const numeric = (doc: AssessmentDoc, itemId: string) =>
  aggregateRound(doc, 'r1').items.find((item) => item.itemId === itemId) as NumericItemAggregate;

describe('aggregateRound', () => {
  it('gives an item’s median, quartiles, spread and consensus against hand-computed values', () => {
    const kaizen = numeric(room(), 'lean.kaizen');
    // Answers 2, 2, 3, 4.
    expect(kaizen.summary).toMatchObject({
      n: 4,
      median: 2.5,
      q1: 2,
      q3: 3.25,
      iqr: 1.25,
      range: 2,
    });
    expect(kaizen.consensus).toBeCloseTo(0.6918, 4);
  });

  it('shows the answers as dots with who gave them, anonymous ones without a name', () => {
    expect(numeric(room(), 'lean.kaizen').dots).toEqual([
      {
        value: 2,
        count: 2,
        respondents: [
          { respondentId: 'p1', label: 'Anna', roleGroup: 'operations' },
          { respondentId: 'p3', label: 'Cleo', roleGroup: 'operations' },
        ],
      },
      {
        value: 3,
        count: 1,
        respondents: [{ respondentId: 'p4', label: null, roleGroup: 'business' }],
      },
      {
        value: 4,
        count: 1,
        respondents: [{ respondentId: 'p2', label: 'Ben', roleGroup: 'development' }],
      },
    ]);
  });

  it('splits by role group: operations sees 2, development sees 4', () => {
    const split = numeric(room(), 'lean.kaizen').byRoleGroup.map((group) => [
      group.roleGroup,
      group.summary.n,
      group.summary.median,
    ]);
    expect(split).toEqual([
      ['business', 1, 3],
      ['development', 1, 4],
      ['operations', 2, 2],
    ]);
  });

  it('tallies a fit question with its modal answer and a choice consensus', () => {
    const size = aggregateRound(room(), 'r1').items.find(
      (item) => item.itemId === 'fit.size',
    ) as ChoiceItemAggregate;
    expect(size.tally.map((entry) => [entry.value, entry.count])).toEqual([
      ['oneTeam', 0],
      ['fewTeams', 2],
      ['manyTeams', 1],
    ]);
    expect(size.modal).toEqual(['fewTeams']);
    expect(size.consensus).toBeCloseTo(0.42062, 5);
    expect(size.dots.map((dot) => [dot.value, dot.count])).toEqual([
      ['fewTeams', 2],
      ['manyTeams', 1],
    ]);
    expect(size.byRoleGroup).toEqual([
      {
        roleGroup: 'development',
        n: 1,
        modal: ['fewTeams'],
        tally: [
          { value: 'oneTeam', count: 0 },
          { value: 'fewTeams', count: 1 },
          { value: 'manyTeams', count: 0 },
        ],
      },
      {
        roleGroup: 'operations',
        n: 2,
        modal: ['fewTeams', 'manyTeams'],
        tally: [
          { value: 'oneTeam', count: 0 },
          { value: 'fewTeams', count: 1 },
          { value: 'manyTeams', count: 1 },
        ],
      },
    ]);
  });

  it('orders the items most divided first, unanswered ones last', () => {
    const order = aggregateRound(room(), 'r1').byDisagreement.map((item) => item.itemId);
    expect(order.slice(0, 3)).toEqual(['fit.size', 'lean.kaizen', 'dora.changeFailRate']);
    expect(order[3]).toBe('fit.businessModel');
    expect(order).toHaveLength(questionnaireFor(1).items.length);
  });

  it('builds the room’s profile from agreed values, else medians and option shares', () => {
    const doc = room();
    let profile = aggregateRound(doc, 'r1').profile;
    expect(profile.values['lean.kaizen']).toBe(2.5);
    expect(profile.values['dora.changeFailRate']).toBe(20);
    expect(profile.fit['fit.size']).toEqual({ fewTeams: 2 / 3, manyTeams: 1 / 3 });
    expect(profile.fit['fit.businessModel']).toBeUndefined();

    recordAgreedValue(doc, 'r1', 'lean.kaizen', 3, NOW);
    recordAgreedValue(doc, 'r1', 'fit.size', 'manyTeams', NOW);
    const aggregate = aggregateRound(doc, 'r1');
    profile = aggregate.profile;
    expect(profile.values['lean.kaizen']).toBe(3);
    expect(profile.fit['fit.size']).toEqual({ manyTeams: 1 });
    expect(aggregate.items.find((item) => item.itemId === 'lean.kaizen')!.agreed).toEqual({
      value: 3,
      at: NOW,
    });
  });

  it('leaves out respondents taken out and withdrawn answers', () => {
    const doc = room();
    removeRespondent(doc, 'p2');
    answerItem(
      doc,
      { roundId: 'r1', respondentId: 'p4', itemId: 'lean.kaizen', value: null },
      { now: NOW + 1, deviceId: 'x' },
    );
    const aggregate = aggregateRound(doc, 'r1');
    expect(aggregate.respondents).toBe(2);
    expect(numeric(doc, 'lean.kaizen').summary).toMatchObject({ n: 2, median: 2 });
  });

  it('reports whether the round is revealed', () => {
    expect(aggregateRound(room(), 'r1').revealed).toBe(false);
  });
});

describe('answerProgress', () => {
  it('counts each respondent’s answers without showing them', () => {
    expect(answerProgress(room(), 'r1')).toEqual([
      { respondentId: 'p1', label: 'Anna', answered: 3, total: 31 },
      { respondentId: 'p2', label: 'Ben', answered: 3, total: 31 },
      { respondentId: 'p3', label: 'Cleo', answered: 2, total: 31 },
      { respondentId: 'p4', label: null, answered: 1, total: 31 },
    ]);
  });
});

describe('aggregateRound on any answers', () => {
  const itemIds = maturityItems(questionnaireFor(1))
    .slice(0, 4)
    .map((item) => item.id);
  const respondentAnswers = fc.array(
    fc.record({
      roleGroup: fc.option(fc.constantFrom(...ROLE_GROUPS), { nil: undefined }),
      answers: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
        minLength: itemIds.length,
        maxLength: itemIds.length,
      }),
    }),
    { minLength: 1, maxLength: 12 },
  );

  function build(
    people: { roleGroup: RoleGroup | undefined; answers: (number | undefined)[] }[],
    order: number[],
  ): AssessmentDoc {
    const doc = emptyAssessment();
    for (const index of order) {
      const { roleGroup, answers } = people[index]!;
      const id = `p${index}`;
      addRespondent(
        doc,
        { identity: 'alias', name: id, ...(roleGroup ? { roleGroup } : {}) },
        NOW,
        () => id,
      );
      answers.forEach((value, item) => {
        if (value !== undefined) answer(doc, id, { [itemIds[item]!]: value });
      });
    }
    return doc;
  }

  it('stays within the scale, is independent of order, and is 1 when everyone agrees', () => {
    fc.assert(
      fc.property(
        respondentAnswers.chain((people) =>
          fc.record({
            people: fc.constant(people),
            order: fc.shuffledSubarray(
              people.map((_, index) => index),
              { minLength: people.length },
            ),
          }),
        ),
        ({ people, order }) => {
          const inOrder = aggregateRound(
            build(
              people,
              people.map((_, i) => i),
            ),
            'r1',
          );
          const shuffled = aggregateRound(build(people, order), 'r1');
          expect(shuffled).toEqual(inOrder);
          for (const item of inOrder.items) {
            if (item.kind === 'fit' || !item.summary) continue;
            const { min, q1, median, q3, max, consensus } = item.summary;
            for (const figure of [min, q1, median, q3, max]) {
              expect(figure).toBeGreaterThanOrEqual(1);
              expect(figure).toBeLessThanOrEqual(5);
            }
            expect(consensus).toBeGreaterThanOrEqual(0);
            expect(consensus).toBeLessThanOrEqual(1);
            if (min === max) expect(consensus).toBe(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
