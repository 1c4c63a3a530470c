import { describe, expect, it } from 'vitest';
import { answerProblem, scaleOf } from '../../../../shared/assessment/answerScale';
import { findItem, questionnaireFor } from '../../../../shared/assessment/questionnaires';

const item = (id: string) => findItem(questionnaireFor(1), id)!;

describe('answerProblem', () => {
  it('accepts a fit option and refuses anything else', () => {
    expect(answerProblem(item('fit.businessModel'), 'enterprise')).toBeNull();
    expect(answerProblem(item('fit.businessModel'), 'bank')).toBe(
      '“Business model” takes one of its 3 answers; “bank” is not one of them.',
    );
    expect(answerProblem(item('fit.businessModel'), 2)).toBe(
      '“Business model” takes one of its 3 answers; 2 is not one of them.',
    );
  });

  it('accepts a whole Likert level from 1 to 5', () => {
    for (const value of [1, 3, 5]) expect(answerProblem(item('da.smallTasks'), value)).toBeNull();
    expect(answerProblem(item('da.smallTasks'), 6)).toBe(
      '“Small tasks” takes a whole number from 1 to 5; 6 is not on that scale.',
    );
    expect(answerProblem(item('da.smallTasks'), 2.5)).toBe(
      '“Small tasks” takes a whole number from 1 to 5; 2.5 is not on that scale.',
    );
    expect(answerProblem(item('da.smallTasks'), '4')).toBe(
      '“Small tasks” takes a whole number from 1 to 5; “4” is not a number.',
    );
    expect(answerProblem(item('da.smallTasks'), Number.NaN)).toBe(
      '“Small tasks” takes a whole number from 1 to 5; NaN is not a number.',
    );
  });

  it('accepts DORA’s six steps', () => {
    expect(answerProblem(item('dora.leadTime'), 6)).toBeNull();
    expect(answerProblem(item('dora.leadTime'), 0)).toBe(
      '“Lead time for changes” takes one of DORA’s six steps, 1 to 6; 0 is not on that scale.',
    );
  });

  it('accepts any percentage from 0 to 100', () => {
    for (const value of [0, 12.5, 100]) {
      expect(answerProblem(item('dora.changeFailRate'), value)).toBeNull();
    }
    expect(answerProblem(item('dora.changeFailRate'), 140)).toBe(
      '“Change fail rate” takes a percentage from 0 to 100; 140 is not on that scale.',
    );
  });

  it('describes each scale', () => {
    expect(scaleOf(item('da.smallTasks'))).toEqual({
      kind: 'range',
      min: 1,
      max: 5,
      wholeNumbers: true,
    });
    expect(scaleOf(item('dora.reworkRate'))).toEqual({
      kind: 'range',
      min: 0,
      max: 100,
      wholeNumbers: false,
    });
    expect(scaleOf(item('fit.size')).kind).toBe('choice');
  });
});
