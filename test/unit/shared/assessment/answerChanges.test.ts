import { describe, expect, it } from 'vitest';
import { answerItem } from '../../../../shared/assessment/answerChanges';
import { currentAnswers } from '../../../../shared/assessment/currentAnswers';
import { removeRespondent } from '../../../../shared/assessment/respondentChanges';
import { assessmentDocSchema } from '../../../../shared/assessment/schemas/assessmentDocSchema';
import type { AssessmentDoc } from '../../../../shared/assessment/AssessmentDoc';
import { addPeople, DEVICE, emptyAssessment, NOW } from './assessmentTestDocs';

const context = { now: NOW, deviceId: DEVICE };

function oneRespondent() {
  const doc = emptyAssessment();
  addPeople(doc, [['Anna', 'operations']]);
  return doc;
}

describe('answerItem', () => {
  it('appends the answer, with its questionnaire version, to the respondent’s own list', () => {
    const doc = oneRespondent();
    answerItem(
      doc,
      { roundId: 'r1', respondentId: 'p1', itemId: 'itsm.rpoRto', value: 2 },
      context,
    );
    expect(doc.respondents.p1!.answers).toEqual([
      {
        roundId: 'r1',
        itemId: 'itsm.rpoRto',
        value: 2,
        questionnaireVersion: 1,
        at: NOW,
        deviceId: DEVICE,
      },
    ]);
    expect(assessmentDocSchema.safeParse(doc).success).toBe(true);
  });

  it('keeps a changed answer in the history and makes the new one current', () => {
    const doc = oneRespondent();
    const give = (value: number, now: number) =>
      answerItem(
        doc,
        { roundId: 'r1', respondentId: 'p1', itemId: 'dora.leadTime', value },
        { now, deviceId: DEVICE },
      );
    give(2, NOW);
    give(4, NOW + 5000);
    expect(doc.respondents.p1!.answers.map((event) => event.value)).toEqual([2, 4]);
    expect(currentAnswers(doc.respondents.p1!, 'r1').get('dora.leadTime')?.value).toBe(4);
  });

  it('stamps a changed answer later than the one it replaces when the clock went back', () => {
    const doc = oneRespondent();
    const give = (value: number, now: number) =>
      answerItem(
        doc,
        { roundId: 'r1', respondentId: 'p1', itemId: 'da.smallTasks', value },
        { now, deviceId: DEVICE },
      );
    give(2, NOW);
    give(3, NOW - 60_000);
    expect(doc.respondents.p1!.answers[1]!.at).toBe(NOW + 1);
    expect(currentAnswers(doc.respondents.p1!, 'r1').get('da.smallTasks')?.value).toBe(3);
  });

  it('writes nothing when the answer does not change', () => {
    const doc = oneRespondent();
    const given = { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen', value: 3 };
    answerItem(doc, given, context);
    answerItem(doc, given, { now: NOW + 1, deviceId: DEVICE });
    expect(doc.respondents.p1!.answers).toHaveLength(1);
  });

  it('withdraws an answer with null, keeping it in the history', () => {
    const doc = oneRespondent();
    const base = { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen' };
    answerItem(doc, { ...base, value: null }, context);
    expect(doc.respondents.p1!.answers).toHaveLength(0);
    answerItem(doc, { ...base, value: 3 }, context);
    answerItem(doc, { ...base, value: null }, { now: NOW + 1, deviceId: DEVICE });
    expect(doc.respondents.p1!.answers).toHaveLength(2);
    expect(currentAnswers(doc.respondents.p1!, 'r1').has('lean.kaizen')).toBe(false);
  });

  it('refuses an answer outside the item’s scale, saying nothing was changed', () => {
    const doc = oneRespondent();
    const give = (itemId: string, value: number | string) => () =>
      answerItem(doc, { roundId: 'r1', respondentId: 'p1', itemId, value }, context);
    expect(give('da.smallTasks', 7)).toThrow(
      expect.objectContaining({
        field: 'value',
        message:
          '“Small tasks” takes a whole number from 1 to 5; 7 is not on that scale. Nothing was changed.',
      }),
    );
    expect(give('dora.deploymentFrequency', 7)).toThrow('1 to 6; 7 is not on that scale');
    expect(give('dora.reworkRate', -1)).toThrow('a percentage from 0 to 100; -1');
    expect(give('fit.serviceLead', 'cio')).toThrow('“cio” is not one of them');
    expect(doc.respondents.p1!.answers).toEqual([]);
  });

  it('refuses an item the round’s questionnaire does not ask', () => {
    const doc = oneRespondent();
    expect(() =>
      answerItem(
        doc,
        { roundId: 'r1', respondentId: 'p1', itemId: 'da.happiness', value: 3 },
        context,
      ),
    ).toThrow(
      expect.objectContaining({
        field: 'itemId',
        message: 'Questionnaire version 1 has no item “da.happiness”. Nothing was changed.',
      }),
    );
  });

  it('refuses answers to a round under a questionnaire version this build does not know', () => {
    const doc = oneRespondent();
    doc.rounds[0]!.questionnaireVersion = 2;
    expect(() =>
      answerItem(
        doc,
        { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen', value: 3 },
        context,
      ),
    ).toThrow(
      expect.objectContaining({
        field: 'questionnaireVersion',
        message:
          'These answers use questionnaire version 2, which this version of Obeya does not know. Update Obeya on this laptop to read them. Nothing was changed.',
      }),
    );
  });

  it('refuses an unknown round or respondent, and a respondent taken out', () => {
    const doc = oneRespondent();
    const give = (roundId: string, respondentId: string) => () =>
      answerItem(doc, { roundId, respondentId, itemId: 'lean.kaizen', value: 3 }, context);
    expect(give('r9', 'p1')).toThrow(expect.objectContaining({ field: 'roundId' }));
    expect(give('r1', 'p9')).toThrow(expect.objectContaining({ field: 'respondentId' }));
    removeRespondent(doc, 'p1');
    expect(give('r1', 'p1')).toThrow(
      'This respondent was taken out of the assessment; restore them to answer. Nothing was changed.',
    );
  });
});

describe('answerItem given the document before the change', () => {
  /** A copy of `doc` whose answer lists count the answers read from them. */
  function countingReads(doc: AssessmentDoc): { draft: AssessmentDoc; reads: () => number } {
    let reads = 0;
    const draft = structuredClone(doc);
    for (const respondent of Object.values(draft.respondents)) {
      respondent.answers = new Proxy(respondent.answers, {
        get(target, property, receiver) {
          if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    }
    return { draft, reads: () => reads };
  }

  function answeredTwice(): AssessmentDoc {
    const doc = oneRespondent();
    for (const [itemId, value] of [
      ['lean.kaizen', 2],
      ['da.smallTasks', 3],
      ['lean.kaizen', 4],
    ] as const) {
      answerItem(doc, { roundId: 'r1', respondentId: 'p1', itemId, value }, context);
    }
    return doc;
  }

  it('finds the current answer there, without reading the answers being changed', () => {
    const before = answeredTwice();
    const { draft, reads } = countingReads(before);
    const given = { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen', value: 5 };
    answerItem(draft, given, { ...context, before });
    expect(reads()).toBe(0);
    // Later than the answer it replaces, as when read from the answers themselves.
    expect(draft.respondents.p1!.answers.at(-1)).toMatchObject({ value: 5, at: NOW + 2 });
    answerItem(draft, { ...given, itemId: 'da.smallTasks', value: 3 }, { ...context, before });
    expect(draft.respondents.p1!.answers).toHaveLength(4);
  });

  it('reads the answers themselves when that document is not the one being changed', () => {
    const before = answeredTwice();
    const draft = structuredClone(before);
    answerItem(
      draft,
      { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen', value: 1 },
      context,
    );
    // `before` lacks the answer 1: unchanged answer 1 is not stored again.
    answerItem(
      draft,
      { roundId: 'r1', respondentId: 'p1', itemId: 'lean.kaizen', value: 1 },
      { ...context, before },
    );
    expect(draft.respondents.p1!.answers.map((event) => event.value)).toEqual([2, 3, 4, 1]);
  });
});
