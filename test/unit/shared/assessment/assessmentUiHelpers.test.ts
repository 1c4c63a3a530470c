import { describe, expect, it } from 'vitest';
import { aggregateRound } from '../../../../shared/assessment/aggregateRound';
import { answerFigure, answerText } from '../../../../shared/assessment/answerText';
import { assessmentOutline } from '../../../../shared/assessment/assessmentOutline';
import { assessmentReadProblem } from '../../../../shared/assessment/assessmentReadProblem';
import { isDivided } from '../../../../shared/assessment/disagreement';
import { findItem, questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { renameAssessment } from '../../../../shared/assessment/renameAssessment';
import { removeRespondent } from '../../../../shared/assessment/respondentChanges';
import { roleGroupPillars } from '../../../../shared/assessment/roleGroupPillars';
import { roleSplits } from '../../../../shared/assessment/roleSplits';
import { startRound } from '../../../../shared/assessment/roundChanges';
import { addPeople, answer, emptyAssessment, NOW } from './assessmentTestDocs';

const v1 = questionnaireFor(1);
const item = (id: string) => findItem(v1, id)!;
const aggregateOf = (doc: ReturnType<typeof emptyAssessment>, itemId: string) =>
  aggregateRound(doc, 'r1').items.find((entry) => entry.itemId === itemId)!;

describe('assessmentOutline', () => {
  it('names the current round and counts the respondents who answered in it', () => {
    const doc = emptyAssessment();
    expect(assessmentOutline(doc)).toBe('Round 1 · 0 respondents');
    const [anna, ben, cleo] = addPeople(doc, [['Anna'], ['Ben'], ['Cleo']]);
    answer(doc, anna!, { 'lean.kaizen': 3 });
    expect(assessmentOutline(doc)).toBe('Round 1 · 1 respondent');
    answer(doc, ben!, { 'lean.kaizen': 4 });
    answer(doc, cleo!, { 'lean.kaizen': 4 });
    removeRespondent(doc, cleo!);
    expect(assessmentOutline(doc)).toBe('Round 1 · 2 respondents');
    startRound(doc, {}, NOW + 1, () => 'r2');
    expect(assessmentOutline(doc)).toBe('Round 2 · 0 respondents');
  });
});

describe('renameAssessment', () => {
  it('trims the title and refuses an empty one, changing nothing', () => {
    const doc = emptyAssessment();
    renameAssessment(doc, '  Q3 assessment ');
    expect(doc.title).toBe('Q3 assessment');
    expect(() => renameAssessment(doc, '   ')).toThrow(
      'The title cannot be empty. Nothing was changed.',
    );
    expect(doc.title).toBe('Q3 assessment');
  });
});

describe('isDivided', () => {
  it('flags an even split two steps apart, not answers one step apart', () => {
    const doc = emptyAssessment();
    const [a, b, c, d] = addPeople(doc, [['A'], ['B'], ['C'], ['D']]);
    for (const [person, kaizen, visual] of [
      [a, 2, 3],
      [b, 2, 3],
      [c, 4, 4],
      [d, 4, 4],
    ] as const) {
      answer(doc, person!, { 'lean.kaizen': kaizen, 'lean.visualControl': visual });
    }
    expect(isDivided(aggregateOf(doc, 'lean.kaizen'))).toBe(true);
    expect(isDivided(aggregateOf(doc, 'lean.visualControl'))).toBe(false);
  });

  it('flags three against two on a fit question, not four against one, and never one answer', () => {
    const doc = emptyAssessment();
    const people = addPeople(doc, [['A'], ['B'], ['C'], ['D'], ['E']]);
    people.forEach((person, index) =>
      answer(doc, person, {
        'fit.size': index < 3 ? 'oneTeam' : 'fewTeams',
        'fit.services': index < 4 ? 'one' : 'few',
      }),
    );
    expect(isDivided(aggregateOf(doc, 'fit.size'))).toBe(true);
    expect(isDivided(aggregateOf(doc, 'fit.services'))).toBe(false);
    const alone = emptyAssessment();
    const [only] = addPeople(alone, [['A']]);
    answer(alone, only!, { 'lean.kaizen': 1 });
    expect(isDivided(aggregateOf(alone, 'lean.kaizen'))).toBe(false);
  });
});

describe('answerText', () => {
  it('reads each kind of answer as the room knows it', () => {
    expect(answerText(item('fit.size'), 'fewTeams')).toBe('11 to 50: a few teams');
    expect(answerText(item('lean.kaizen'), 4)).toBe('4');
    expect(answerText(item('dora.leadTime'), 4)).toBe('4 — One day to one week');
    expect(answerText(item('dora.leadTime'), 3.5)).toBe('3.5');
    expect(answerText(item('dora.changeFailRate'), 15)).toBe('15\u00a0%');
    expect(answerFigure(item('dora.changeFailRate'), 12.25)).toBe('12.3\u00a0%');
    expect(answerFigure(item('dora.leadTime'), 4)).toBe('4');
    expect(answerFigure(item('fit.speedOrContinuity'), 'continuity')).toBe(
      'Business continuity first',
    );
  });
});

describe('roleSplits', () => {
  it('says what each role group sees, once two groups answered', () => {
    const doc = emptyAssessment();
    const [olga, omar, dana] = addPeople(doc, [
      ['Olga', 'operations'],
      ['Omar', 'operations'],
      ['Dana', 'development'],
    ]);
    answer(doc, olga!, { 'lean.kaizen': 2, 'fit.size': 'fewTeams' });
    answer(doc, omar!, { 'lean.kaizen': 2, 'fit.size': 'fewTeams' });
    expect(roleSplits(item('lean.kaizen'), aggregateOf(doc, 'lean.kaizen'))).toEqual([]);
    answer(doc, dana!, { 'lean.kaizen': 4, 'fit.size': 'oneTeam' });
    expect(
      roleSplits(item('lean.kaizen'), aggregateOf(doc, 'lean.kaizen')).map(
        (split) => `${split.name} sees ${split.sees} (${split.n})`,
      ),
    ).toEqual(['Development sees 4 (1)', 'Operations sees 2 (2)']);
    expect(
      roleSplits(item('fit.size'), aggregateOf(doc, 'fit.size')).map((split) => split.sees),
    ).toEqual(['Up to 10', '11 to 50']);
  });
});

describe('roleGroupPillars', () => {
  it('scores each role group’s medians per pillar, mean and weakest', () => {
    const doc = emptyAssessment();
    const [olga, omar, dana] = addPeople(doc, [
      ['Olga', 'operations'],
      ['Omar', 'operations'],
      ['Dana', 'development'],
    ]);
    answer(doc, olga!, { 'lean.kaizen': 2, 'lean.visualControl': 4 });
    answer(doc, omar!, { 'lean.kaizen': 3, 'lean.visualControl': 4 });
    answer(doc, dana!, { 'lean.kaizen': 5, 'cd.singlePipeline': 1 });
    const groups = roleGroupPillars(v1, aggregateRound(doc, 'r1'));
    expect(groups.map((group) => group.roleGroup)).toEqual(['development', 'operations']);
    const lean = (index: number) =>
      groups[index]!.pillars.find((pillar) => pillar.pillar === 'leanFoundation')!;
    expect(lean(1)).toEqual({ pillar: 'leanFoundation', mean: 3.25, weakest: 2.5 });
    expect(lean(0)).toEqual({ pillar: 'leanFoundation', mean: 5, weakest: 5 });
    expect(groups[1]!.respondents).toBe(2);
  });
});

describe('assessmentReadProblem', () => {
  it('reads a sound assessment and names what stops another from being shown', () => {
    const doc = emptyAssessment();
    expect(assessmentReadProblem(doc)).toBeNull();
    expect(assessmentReadProblem({ ...doc, kind: 'valueStreamMap' })).toBe(
      'It is not an assessment.',
    );
    expect(assessmentReadProblem({ ...doc, rounds: [] })).toBe(
      'It has no rounds, so its answers cannot be placed.',
    );
    expect(assessmentReadProblem({ ...doc, respondents: null })).toBe(
      'Its list of respondents is missing.',
    );
    const newer = { ...doc, rounds: [{ ...doc.rounds[0]!, questionnaireVersion: 3 }] };
    expect(assessmentReadProblem(newer)).toBe(
      'These answers use questionnaire version 3, which this version of Obeya does not know. Update Obeya on this laptop to read them.',
    );
  });
});
