import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerEvent, Respondent } from '../../../../shared/assessment/AssessmentDoc';
import {
  answerHistory,
  currentAnswers,
  currentValuesByPosition,
  latestEvent,
} from '../../../../shared/assessment/currentAnswers';
import { questionnaireFor } from '../../../../shared/assessment/questionnaires';

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
    expect(latestEvent(respondent(answers), 'r1', 'lean.kaizen')?.value).toBeNull();
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

describe('currentValuesByPosition', () => {
  const questionnaire = questionnaireFor(1);
  const position = (itemId: string) => questionnaire.items.findIndex((item) => item.id === itemId);

  it('lines the latest answers up with the questionnaire’s items', () => {
    const answers = [
      event(2, 100, 'a'),
      event(4, 200, 'a'),
      event(3, 100, 'a', 'lean.visualControl'),
    ];
    const values = currentValuesByPosition(respondent(answers), 'r1', questionnaire);
    expect(values).toHaveLength(questionnaire.items.length);
    expect(values[position('lean.kaizen')]).toBe(4);
    expect(values[position('lean.visualControl')]).toBe(3);
    expect(values[position('lean.stopTheLine')]).toBeUndefined();
  });

  it('sees an answer appended to a list it has read before', () => {
    const anna = respondent([event(2, 100, 'a')]);
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[position('lean.kaizen')]).toBe(2);
    anna.answers.push(event(5, 200, 'a'));
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[position('lean.kaizen')]).toBe(5);
  });

  it('keeps each round’s answers apart when the rounds’ events are interleaved', () => {
    const inRound = (roundId: string, value: number, at: number): AnswerEvent => ({
      ...event(value, at, 'a'),
      roundId,
    });
    const anna = respondent([
      inRound('r1', 2, 100),
      inRound('r2', 4, 150),
      inRound('r1', 3, 200),
      inRound('r2', 1, 120),
    ]);
    const kaizen = position('lean.kaizen');
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[kaizen]).toBe(3);
    expect(currentValuesByPosition(anna, 'r2', questionnaire)[kaizen]).toBe(4);
    expect(currentValuesByPosition(anna, 'r3', questionnaire)).toHaveLength(
      questionnaire.items.length,
    );
    expect(currentValuesByPosition(anna, 'r3', questionnaire)[kaizen]).toBeUndefined();
  });

  it('lines the same list up with another questionnaire’s items', () => {
    const anna = respondent([event(4, 100, 'a'), event(3, 100, 'a', 'lean.visualControl')]);
    const shorter = { ...questionnaire, version: 2, items: questionnaire.items.slice(0, 3) };
    const onlyVisualControl = {
      ...questionnaire,
      version: 3,
      items: questionnaire.items.filter((item) => item.id === 'lean.visualControl'),
    };
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[position('lean.kaizen')]).toBe(4);
    expect(currentValuesByPosition(anna, 'r1', onlyVisualControl)).toEqual([3]);
    expect(currentValuesByPosition(anna, 'r1', shorter)).toHaveLength(3);
  });

  it('leaves a withdrawn answer out, and a later answer brings it back', () => {
    const anna = respondent([event(2, 100, 'a'), event(null, 200, 'a')]);
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[position('lean.kaizen')]).toBe(
      undefined,
    );
    anna.answers.push(event(4, 300, 'a'));
    expect(currentValuesByPosition(anna, 'r1', questionnaire)[position('lean.kaizen')]).toBe(4);
  });

  it('holds what currentAnswers holds, whatever the order and rounds of the events', () => {
    const itemIds = questionnaire.items.map((item) => item.id);
    const anyEvent = fc.record({
      roundId: fc.constantFrom('r1', 'r2', 'r3'),
      itemId: fc.constantFrom(...itemIds.slice(0, 6), ...itemIds.slice(-3)),
      value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      questionnaireVersion: fc.constant(1),
      at: fc.integer({ min: 0, max: 4 }),
      deviceId: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (answers) => {
        const anna = respondent(answers);
        for (const roundId of ['r1', 'r2', 'r3']) {
          const current = currentAnswers(anna, roundId);
          expect(currentValuesByPosition(anna, roundId, questionnaire)).toEqual(
            itemIds.map((itemId) => current.get(itemId)?.value),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
