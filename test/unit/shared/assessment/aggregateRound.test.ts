import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateRound,
  answerProgress,
  type ChoiceItemAggregate,
  type ItemAggregate,
  type NumericItemAggregate,
  type RoleSplitGroup,
  type RoundAggregate,
} from '../../../../shared/assessment/aggregateRound';
import { answerItem } from '../../../../shared/assessment/answerChanges';
import type { AnswerProfile } from '../../../../shared/assessment/answerProfile';
import { scaleOf, type ItemScale } from '../../../../shared/assessment/answerScale';
import type { AssessmentDoc, RoleGroup } from '../../../../shared/assessment/AssessmentDoc';
import { RESPONDENT_IDENTITIES, ROLE_GROUPS } from '../../../../shared/assessment/AssessmentDoc';
import { orderedRespondents } from '../../../../shared/assessment/assessmentLookup';
import { currentAnswers } from '../../../../shared/assessment/currentAnswers';
import type { AnswerValue, QuestionnaireItem } from '../../../../shared/assessment/Questionnaire';
import { maturityItems, questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { addRespondent, removeRespondent } from '../../../../shared/assessment/respondentChanges';
import { recordAgreedValue, startRound } from '../../../../shared/assessment/roundChanges';
import { choiceConsensus, summarizeValues } from '../../../../shared/assessment/statistics';
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

/**
 * What `aggregateRound` works out, written the plain way: each respondent's current answers by
 * `currentAnswers`, the figures by `summarizeValues` and `choiceConsensus` on plain lists.
 */
function referenceAggregate(doc: AssessmentDoc, roundId: string): RoundAggregate {
  const round = doc.rounds.find((candidate) => candidate.id === roundId)!;
  const questionnaire = questionnaireFor(round.questionnaireVersion);
  const people = orderedRespondents(doc)
    .filter((respondent) => !respondent.removed)
    .map((respondent) => ({
      dot: {
        respondentId: respondent.id,
        label: respondent.identity === 'anonymous' ? null : respondent.name,
        ...(respondent.roleGroup ? { roleGroup: respondent.roleGroup } : {}),
      },
      group: (respondent.roleGroup ?? 'unstated') as RoleSplitGroup,
      answers: currentAnswers(respondent, roundId),
    }));
  const splitGroups: RoleSplitGroup[] = [...ROLE_GROUPS, 'unstated'];
  const profile: AnswerProfile = {
    questionnaireVersion: questionnaire.version,
    fit: {},
    values: {},
  };
  const items = questionnaire.items.map((item): ItemAggregate => {
    const given = people.flatMap((person) => {
      const event = person.answers.get(item.id);
      return event ? [{ person, value: event.value! }] : [];
    });
    const agreed = round.agreed[item.id] ?? null;
    if (item.kind === 'fit') {
      const tallyOf = (answers: typeof given) =>
        item.options.map((option) => ({
          value: option.value,
          count: answers.filter((answer) => answer.value === option.value).length,
        }));
      const modalOf = (tally: { value: string; count: number }[]) => {
        const most = Math.max(...tally.map((entry) => entry.count));
        return most === 0 ? [] : tally.filter((entry) => entry.count === most).map((e) => e.value);
      };
      const tally = tallyOf(given).map((entry, index) => ({
        ...entry,
        label: item.options[index]!.label,
      }));
      const n = given.length;
      if (agreed) profile.fit[item.id] = { [agreed.value]: 1 };
      else if (n > 0) {
        profile.fit[item.id] = Object.fromEntries(
          tally.filter((entry) => entry.count > 0).map((entry) => [entry.value, entry.count / n]),
        );
      }
      return {
        kind: 'fit',
        itemId: item.id,
        title: item.title,
        n,
        consensus:
          n > 0
            ? choiceConsensus(
                tally.map((entry) => entry.count),
                tally.length,
              )
            : null,
        dots: tally
          .filter((entry) => entry.count > 0)
          .map((entry) => ({
            value: entry.value,
            count: entry.count,
            respondents: given.filter((g) => g.value === entry.value).map((g) => g.person.dot),
          })),
        agreed,
        tally: tally.map(({ value, label, count }) => ({ value, label, count })),
        modal: modalOf(tally),
        byRoleGroup: splitGroups.flatMap((roleGroup) => {
          const answers = given.filter((answer) => answer.person.group === roleGroup);
          if (answers.length === 0) return [];
          const groupTally = tallyOf(answers);
          return [{ roleGroup, n: answers.length, modal: modalOf(groupTally), tally: groupTally }];
        }),
      };
    }
    const scale = scaleOf(item) as Extract<ItemScale, { kind: 'range' }>;
    const values = given.map((answer) => answer.value as number);
    const summary = summarizeValues(values, scale);
    if (agreed) profile.values[item.id] = agreed.value as number;
    else if (summary) profile.values[item.id] = summary.median;
    return {
      kind: item.kind,
      itemId: item.id,
      title: item.title,
      n: values.length,
      consensus: summary?.consensus ?? null,
      dots: [...new Set(values)]
        .sort((a, b) => a - b)
        .map((value) => {
          const respondents = given.filter((g) => g.value === value).map((g) => g.person.dot);
          return { value, count: respondents.length, respondents };
        }),
      agreed,
      scale,
      summary,
      byRoleGroup: splitGroups.flatMap((roleGroup) => {
        const groupValues = given
          .filter((answer) => answer.person.group === roleGroup)
          .map((answer) => answer.value as number);
        return groupValues.length === 0
          ? []
          : [{ roleGroup, summary: summarizeValues(groupValues, scale)! }];
      }),
    };
  });
  const share = (item: ItemAggregate) =>
    item.kind === 'fit' || !item.summary ? 0 : item.summary.iqr / (item.scale.max - item.scale.min);
  const byDisagreement = items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (a.item.consensus ?? 2) - (b.item.consensus ?? 2) ||
        share(b.item) - share(a.item) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
  return {
    roundId,
    questionnaireVersion: questionnaire.version,
    revealed: round.revealed,
    respondents: people.filter((person) => person.answers.size > 0).length,
    items,
    byDisagreement,
    profile,
  };
}

describe('aggregateRound against a plain reference', () => {
  const questionnaire = questionnaireFor(1);
  /** A value on an item's scale: percentages repeat, as a room's do, and need not be whole. */
  const valueFor = (item: QuestionnaireItem): fc.Arbitrary<AnswerValue> => {
    if (item.kind === 'fit') return fc.constantFrom(...item.options.map((option) => option.value));
    if (item.kind === 'maturity') return fc.integer({ min: 1, max: 5 });
    if (item.scale.kind === 'steps') return fc.integer({ min: 1, max: 6 });
    return fc.oneof(fc.constantFrom(0, 10, 12.5, 30, 100), fc.integer({ min: 0, max: 100 }));
  };
  const event = fc
    .record({
      round: fc.constantFrom('r1', 'r2'),
      item: fc.integer({ min: 0, max: questionnaire.items.length - 1 }),
      withdraw: fc.integer({ min: 0, max: 4 }).map((roll) => roll === 0),
      at: fc.integer({ min: 0, max: 5 }),
      device: fc.constantFrom('a', 'b'),
    })
    .chain((shape) =>
      valueFor(questionnaire.items[shape.item]!).map((value) => ({
        ...shape,
        value: shape.withdraw ? null : value,
      })),
    );
  const person = fc.record({
    identity: fc.constantFrom(...RESPONDENT_IDENTITIES),
    roleGroup: fc.option(fc.constantFrom(...ROLE_GROUPS), { nil: undefined }),
    removed: fc.boolean(),
    events: fc.array(event, { maxLength: 40 }),
  });
  const agreement = fc
    .record({
      item: fc.integer({ min: 0, max: questionnaire.items.length - 1 }),
      round: fc.constantFrom('r1', 'r2'),
    })
    .chain((shape) =>
      valueFor(questionnaire.items[shape.item]!).map((value) => ({ ...shape, value })),
    );

  it('gives the same figures, dots, splits, order and profile on any answers', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 9 }),
        fc.array(agreement, { maxLength: 6 }),
        (people, agreements) => {
          const doc = emptyAssessment();
          startRound(doc, {}, NOW + 1, () => 'r2');
          people.forEach((shape, index) => {
            const id = addRespondent(
              doc,
              {
                identity: shape.identity,
                name: shape.identity === 'anonymous' ? '' : `Person ${index}`,
                ...(shape.roleGroup ? { roleGroup: shape.roleGroup } : {}),
              },
              NOW + (index % 3),
              () => `p${index}`,
            );
            for (const given of shape.events) {
              answerItem(
                doc,
                {
                  roundId: given.round,
                  respondentId: id,
                  itemId: questionnaire.items[given.item]!.id,
                  value: given.value,
                },
                { now: NOW + given.at, deviceId: given.device },
              );
            }
            if (shape.removed) removeRespondent(doc, id);
          });
          for (const { item, round, value } of agreements) {
            recordAgreedValue(doc, round, questionnaire.items[item]!.id, value, NOW);
          }
          for (const roundId of ['r1', 'r2']) {
            expect(aggregateRound(doc, roundId)).toEqual(referenceAggregate(doc, roundId));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
