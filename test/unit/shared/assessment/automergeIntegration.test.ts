import { change, clone, init, load, merge, save, type Doc } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { aggregateRound } from '../../../../shared/assessment/aggregateRound';
import { answerItem, type GivenAnswer } from '../../../../shared/assessment/answerChanges';
import type { AssessmentDoc } from '../../../../shared/assessment/AssessmentDoc';
import { answerHistory, currentAnswers } from '../../../../shared/assessment/currentAnswers';
import { addRespondent } from '../../../../shared/assessment/respondentChanges';
import { recordAgreedValue, revealRound } from '../../../../shared/assessment/roundChanges';
import { assessmentDocSchema } from '../../../../shared/assessment/schemas/assessmentDocSchema';
import { addPeople, emptyAssessment, NOW } from './assessmentTestDocs';

/** The shared starting point: an assessment with Anna in it, as every laptop has it. */
function sharedDoc(): Doc<AssessmentDoc> {
  return change(init<AssessmentDoc>(), (draft) => {
    const doc = emptyAssessment();
    addPeople(doc, [['Anna', 'operations']]);
    Object.assign(draft, doc);
  });
}

function answerOn(
  doc: Doc<AssessmentDoc>,
  itemId: string,
  value: number,
  at: number,
  deviceId: string,
): Doc<AssessmentDoc> {
  const given: GivenAnswer = { roundId: 'r1', respondentId: 'p1', itemId, value };
  // As the Answer view gives it: with the document as it stood before the change.
  return change(doc, (draft) => answerItem(draft, given, { now: at, deviceId, before: doc }));
}

const current = (doc: AssessmentDoc, itemId: string) =>
  currentAnswers(doc.respondents.p1!, 'r1').get(itemId)?.value;

describe('two laptops answering as the same respondent', () => {
  it('merge without losing either answer: the latest is current, the other in the history', () => {
    const base = sharedDoc();
    const laptopA = answerOn(clone(base), 'itsm.rpoRto', 2, NOW + 1000, 'laptop-a');
    const laptopB = answerOn(clone(base), 'itsm.rpoRto', 4, NOW + 2000, 'laptop-b');

    const mergedOnA = merge(clone(laptopA), laptopB);
    const mergedOnB = merge(clone(laptopB), laptopA);

    for (const merged of [mergedOnA, mergedOnB]) {
      expect(current(merged, 'itsm.rpoRto')).toBe(4);
      expect(
        answerHistory(merged.respondents.p1!, 'r1', 'itsm.rpoRto').map((e) => e.value),
      ).toEqual([2, 4]);
      expect(assessmentDocSchema.safeParse(merged).success).toBe(true);
    }
  });

  it('agree on the same current answer when both answered in the same millisecond', () => {
    const base = sharedDoc();
    const laptopA = answerOn(clone(base), 'lean.kaizen', 1, NOW, 'laptop-a');
    const laptopB = answerOn(clone(base), 'lean.kaizen', 5, NOW, 'laptop-b');
    expect(current(merge(clone(laptopA), laptopB), 'lean.kaizen')).toBe(5);
    expect(current(merge(clone(laptopB), laptopA), 'lean.kaizen')).toBe(5);
  });

  it('keep both laptops’ answers to different items', () => {
    const base = sharedDoc();
    const laptopA = answerOn(clone(base), 'da.smallTasks', 3, NOW, 'laptop-a');
    const laptopB = answerOn(clone(base), 'cd.singlePipeline', 2, NOW, 'laptop-b');
    const merged = merge(clone(laptopA), laptopB);
    expect(current(merged, 'da.smallTasks')).toBe(3);
    expect(current(merged, 'cd.singlePipeline')).toBe(2);
  });

  it('let a laptop change its answer after the merge, even with its clock behind', () => {
    const base = sharedDoc();
    const laptopA = answerOn(clone(base), 'lean.kaizen', 2, NOW + 60_000, 'laptop-a');
    const laptopB = answerOn(clone(base), 'lean.kaizen', 3, NOW, 'laptop-b');
    const synced = merge(clone(laptopB), laptopA);
    expect(current(synced, 'lean.kaizen')).toBe(2);
    const changedOnB = answerOn(synced, 'lean.kaizen', 4, NOW + 1000, 'laptop-b');
    expect(current(changedOnB, 'lean.kaizen')).toBe(4);
  });
});

describe('a room answering at once', () => {
  it('keeps every respondent who joined and every answer given on separate laptops', () => {
    const base = sharedDoc();
    const laptops = ['ben', 'cleo', 'dev'].map((name) =>
      change(clone(base), (draft) => {
        const id = addRespondent(draft, { identity: 'alias', name }, NOW, () => `id-${name}`);
        answerItem(
          draft,
          { roundId: 'r1', respondentId: id, itemId: 'lean.visualControl', value: 3 },
          { now: NOW, deviceId: name },
        );
      }),
    );
    const facilitator = change(clone(base), (draft) => {
      recordAgreedValue(draft, 'r1', 'lean.visualControl', 2, NOW);
      revealRound(draft, 'r1');
    });
    const merged = laptops.reduce((doc, laptop) => merge(doc, laptop), clone(facilitator));
    expect(Object.keys(merged.respondents).sort()).toEqual(['id-ben', 'id-cleo', 'id-dev', 'p1']);
    for (const name of ['ben', 'cleo', 'dev']) {
      expect(
        currentAnswers(merged.respondents[`id-${name}`]!, 'r1').get('lean.visualControl')?.value,
      ).toBe(3);
    }
    expect(merged.rounds[0]).toMatchObject({
      revealed: true,
      agreed: { 'lean.visualControl': { value: 2 } },
    });
  });

  it('survives a save and load', () => {
    const doc = load<AssessmentDoc>(save(answerOn(sharedDoc(), 'itsm.goNoGo', 3, NOW, 'a')));
    expect(current(doc, 'itsm.goNoGo')).toBe(3);
    expect(assessmentDocSchema.safeParse(doc).success).toBe(true);
  });
});

describe('the facilitator’s figures on successive versions of the document', () => {
  it('follow each answer as it arrives', () => {
    let doc = sharedDoc();
    doc = change(doc, (draft) => addPeople(draft, [['Ben', 'development']], () => 'p2'));
    const median = (version: Doc<AssessmentDoc>) =>
      aggregateRound(version, 'r1').items.find((item) => item.itemId === 'lean.kaizen')!;
    doc = answerOn(doc, 'lean.kaizen', 2, NOW, 'a');
    expect(median(doc)).toMatchObject({ n: 1, summary: { median: 2 } });
    doc = answerOn(doc, 'lean.kaizen', 4, NOW + 1, 'a');
    expect(median(doc)).toMatchObject({ n: 1, summary: { median: 4 } });
    const withBen = change(doc, (draft) =>
      answerItem(
        draft,
        { roundId: 'r1', respondentId: 'p2', itemId: 'lean.kaizen', value: 1 },
        { now: NOW + 2, deviceId: 'b' },
      ),
    );
    expect(median(withBen)).toMatchObject({ n: 2, summary: { median: 2.5 } });
    expect(median(doc)).toMatchObject({ n: 1, summary: { median: 4 } });
  });
});
