import { describe, expect, it } from 'vitest';
import {
  hideRound,
  recordAgreedValue,
  renameRound,
  revealRound,
  startRound,
} from '../../../../shared/assessment/roundChanges';
import { emptyAssessment, NOW } from './assessmentTestDocs';

describe('startRound', () => {
  it('appends a hidden round on the newest questionnaire, named by its number', () => {
    const doc = emptyAssessment();
    const id = startRound(doc, {}, NOW + 1000, () => 'r2');
    expect(id).toBe('r2');
    expect(doc.rounds.map((round) => round.label)).toEqual(['Round 1', 'Round 2']);
    expect(doc.rounds[1]).toEqual({
      id: 'r2',
      label: 'Round 2',
      startedAt: NOW + 1000,
      questionnaireVersion: 1,
      revealed: false,
      agreed: {},
    });
  });

  it('takes a label, and refuses an empty one', () => {
    const doc = emptyAssessment();
    startRound(doc, { label: 'After PDCA 1' }, NOW, () => 'r2');
    expect(doc.rounds[1]!.label).toBe('After PDCA 1');
    expect(() => startRound(doc, { label: '' }, NOW)).toThrow(
      'The round name cannot be empty. Nothing was changed.',
    );
    expect(doc.rounds).toHaveLength(2);
  });
});

describe('renameRound, revealRound, hideRound', () => {
  it('rename, reveal and hide a round', () => {
    const doc = emptyAssessment();
    renameRound(doc, 'r1', 'Kick-off');
    revealRound(doc, 'r1');
    expect(doc.rounds[0]).toMatchObject({ label: 'Kick-off', revealed: true });
    hideRound(doc, 'r1');
    expect(doc.rounds[0]!.revealed).toBe(false);
  });

  it('refuse a round that is not there', () => {
    expect(() => revealRound(emptyAssessment(), 'r9')).toThrow(
      expect.objectContaining({
        field: 'roundId',
        message: 'That round is not in this assessment. Nothing was changed.',
      }),
    );
  });
});

describe('recordAgreedValue', () => {
  it('records the agreed value beside the answers and clears it with null', () => {
    const doc = emptyAssessment();
    recordAgreedValue(doc, 'r1', 'itsm.rpoRto', 2, NOW);
    recordAgreedValue(doc, 'r1', 'fit.businessModel', 'enterprise', NOW);
    expect(doc.rounds[0]!.agreed).toEqual({
      'itsm.rpoRto': { value: 2, at: NOW },
      'fit.businessModel': { value: 'enterprise', at: NOW },
    });
    recordAgreedValue(doc, 'r1', 'itsm.rpoRto', null, NOW);
    expect(doc.rounds[0]!.agreed).not.toHaveProperty('itsm.rpoRto');
  });

  it('refuses a value outside the scale and an unknown item', () => {
    const doc = emptyAssessment();
    expect(() => recordAgreedValue(doc, 'r1', 'itsm.rpoRto', 9, NOW)).toThrow(
      '“RPO and RTO known” takes a whole number from 1 to 5; 9 is not on that scale. Nothing was changed.',
    );
    expect(() => recordAgreedValue(doc, 'r1', 'itsm.cab', 3, NOW)).toThrow(
      expect.objectContaining({ field: 'itemId' }),
    );
    expect(doc.rounds[0]!.agreed).toEqual({});
  });
});
