import { describe, expect, it } from 'vitest';
import type { AnswerEvent, Respondent } from '../../../../shared/assessment/AssessmentDoc';
import {
  answerHistory,
  currentAnswers,
  latestAnswerEvents,
} from '../../../../shared/assessment/currentAnswers';

const event = (
  value: number | null,
  at: number,
  deviceId: string,
  itemId = 'lean.kaizen',
): AnswerEvent => ({
  roundId: 'r1',
  itemId,
  value,
  questionnaireVersion: 1,
  at,
  deviceId,
});

const respondent = (answers: AnswerEvent[]): Respondent => ({
  id: 'p1',
  identity: 'named',
  name: 'Anna',
  addedAt: 0,
  answers,
});

describe('currentAnswers', () => {
  it('takes the latest answer by time, whatever the list order', () => {
    const answers = [event(4, 200, 'b'), event(2, 100, 'a')];
    expect(currentAnswers(respondent(answers), 'r1').get('lean.kaizen')?.value).toBe(4);
  });

  it('breaks a tie in time by the larger device id, in either list order', () => {
    const forward = [event(2, 100, 'a'), event(5, 100, 'b')];
    expect(currentAnswers(respondent(forward), 'r1').get('lean.kaizen')?.value).toBe(5);
    expect(currentAnswers(respondent([...forward].reverse()), 'r1').get('lean.kaizen')?.value).toBe(
      5,
    );
  });

  it('leaves out withdrawn answers and other rounds', () => {
    const answers = [
      event(3, 100, 'a'),
      event(null, 200, 'a'),
      event(4, 100, 'a', 'lean.visualControl'),
      { ...event(1, 300, 'a', 'lean.stopTheLine'), roundId: 'r2' },
    ];
    expect([...currentAnswers(respondent(answers), 'r1').keys()]).toEqual(['lean.visualControl']);
    expect(latestAnswerEvents(respondent(answers), 'r1').get('lean.kaizen')?.value).toBeNull();
  });
});

describe('answerHistory', () => {
  it('lists one item’s answers oldest first, the current one last', () => {
    const answers = [
      event(4, 300, 'a'),
      event(2, 100, 'b'),
      event(3, 200, 'a'),
      event(5, 200, 'c'),
    ];
    expect(answerHistory(respondent(answers), 'r1', 'lean.kaizen').map((e) => e.value)).toEqual([
      2, 3, 5, 4,
    ]);
  });
});
