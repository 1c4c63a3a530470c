import { describe, expect, it } from 'vitest';
import { respondentResult, roundResult } from '../../../../shared/assessment/roundResult';
import { recordAgreedValue } from '../../../../shared/assessment/roundChanges';
import { addPeople, answer, emptyAssessment, NOW, TYPE_PROFILES } from './assessmentTestDocs';

function splitRoom() {
  const doc = emptyAssessment();
  addPeople(doc, [['Anna'], ['Ben'], ['Cleo']]);
  answer(doc, 'p1', TYPE_PROFILES.toyotaWay);
  answer(doc, 'p2', TYPE_PROFILES.toyotaWay);
  answer(doc, 'p3', TYPE_PROFILES.continuousDelivery);
  return doc;
}

describe('roundResult', () => {
  it('scores the room from the shares of its answers', () => {
    const { result } = roundResult(splitRoom(), 'r1');
    // Two thirds of 21 for the Toyota way, one third of 21 for Continuous Delivery; 7 each way
    // for Collaboration.
    expect(result.fit.scores.toyotaWay).toBeCloseTo(14, 9);
    expect(result.fit.scores.collaboration).toBeCloseTo(7, 9);
    expect(result.fit.scores.continuousDelivery).toBeCloseTo(7, 9);
    expect(result.fit.recommended).toBe('toyotaWay');
    expect(result.status).toBe('partial');
  });

  it('scores agreed values instead of the individual answers', () => {
    const doc = splitRoom();
    for (const [itemId, value] of Object.entries(TYPE_PROFILES.continuousDelivery)) {
      recordAgreedValue(doc, 'r1', itemId, value, NOW);
    }
    expect(roundResult(doc, 'r1').result.fit.recommended).toBe('continuousDelivery');
  });
});

describe('respondentResult', () => {
  it('scores one respondent’s own answers', () => {
    expect(respondentResult(splitRoom(), 'r1', 'p3').fit).toMatchObject({
      recommended: 'continuousDelivery',
      margin: 14,
    });
  });
});
