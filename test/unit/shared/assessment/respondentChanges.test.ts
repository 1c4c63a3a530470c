import { describe, expect, it } from 'vitest';
import {
  addRespondent,
  removeRespondent,
  restoreRespondent,
  updateRespondent,
} from '../../../../shared/assessment/respondentChanges';
import { listedRespondentNamed } from '../../../../shared/assessment/assessmentLookup';
import { emptyAssessment, NOW } from './assessmentTestDocs';

describe('addRespondent', () => {
  it('adds a named respondent as their own entry with an empty answer list', () => {
    const doc = emptyAssessment();
    const id = addRespondent(
      doc,
      { identity: 'named', name: ' Anna ', roleGroup: 'operations' },
      NOW,
      () => 'p1',
    );
    expect(id).toBe('p1');
    expect(doc.respondents.p1).toEqual({
      id: 'p1',
      identity: 'named',
      name: 'Anna',
      roleGroup: 'operations',
      addedAt: NOW,
      answers: [],
    });
  });

  it('keeps no name for an anonymous respondent', () => {
    const doc = emptyAssessment();
    addRespondent(doc, { identity: 'anonymous', name: 'Ben' }, NOW, () => 'p1');
    expect(doc.respondents.p1).toMatchObject({ identity: 'anonymous', name: '' });
    expect(doc.respondents.p1).not.toHaveProperty('roleGroup');
  });

  it('refuses a named respondent without a name, and an empty alias', () => {
    const doc = emptyAssessment();
    expect(() => addRespondent(doc, { identity: 'named', name: '' }, NOW)).toThrow(
      'A named respondent needs a name. Nothing was changed.',
    );
    expect(() => addRespondent(doc, { identity: 'alias', name: ' ' }, NOW)).toThrow(
      'An alias cannot be empty. Nothing was changed.',
    );
    expect(doc.respondents).toEqual({});
  });

  it('refuses an unknown role group', () => {
    const doc = emptyAssessment();
    expect(() =>
      addRespondent(doc, { identity: 'alias', name: 'Fox', roleGroup: 'sales' as never }, NOW),
    ).toThrow(
      'The role group must be business, development, operations or management. Nothing was changed.',
    );
  });
});

describe('updateRespondent', () => {
  it('changes identity, name and role group field by field; null clears the role group', () => {
    const doc = emptyAssessment();
    addRespondent(doc, { identity: 'named', name: 'Anna', roleGroup: 'business' }, NOW, () => 'p1');
    updateRespondent(doc, 'p1', { identity: 'alias', name: 'Owl' });
    expect(doc.respondents.p1).toMatchObject({
      identity: 'alias',
      name: 'Owl',
      roleGroup: 'business',
    });
    updateRespondent(doc, 'p1', { roleGroup: null });
    expect(doc.respondents.p1).not.toHaveProperty('roleGroup');
    updateRespondent(doc, 'p1', { identity: 'anonymous' });
    expect(doc.respondents.p1).toMatchObject({ identity: 'anonymous', name: '' });
  });

  it('refuses an unknown respondent', () => {
    expect(() => updateRespondent(emptyAssessment(), 'ghost', { name: 'X' })).toThrow(
      'That respondent is not in this assessment. Nothing was changed.',
    );
  });
});

describe('removeRespondent', () => {
  it('takes a respondent out without deleting their answers, and restores them', () => {
    const doc = emptyAssessment();
    addRespondent(doc, { identity: 'named', name: 'Anna' }, NOW, () => 'p1');
    removeRespondent(doc, 'p1');
    expect(doc.respondents.p1).toMatchObject({ removed: true, answers: [] });
    restoreRespondent(doc, 'p1');
    expect(doc.respondents.p1).not.toHaveProperty('removed');
  });
});

describe('listedRespondentNamed', () => {
  it('finds a named or aliased respondent whatever the case and spaces, never one taken out', () => {
    const doc = emptyAssessment();
    addRespondent(doc, { identity: 'named', name: 'Anna' }, NOW, () => 'anna');
    addRespondent(doc, { identity: 'alias', name: 'Ops lead' }, NOW, () => 'ops');
    addRespondent(doc, { identity: 'named', name: 'Ben' }, NOW, () => 'ben');
    removeRespondent(doc, 'ben');
    expect(listedRespondentNamed(doc, '  anna ')?.id).toBe('anna');
    expect(listedRespondentNamed(doc, 'OPS LEAD')?.id).toBe('ops');
    expect(listedRespondentNamed(doc, 'Ben')).toBeUndefined();
    expect(listedRespondentNamed(doc, 'Chen')).toBeUndefined();
    expect(listedRespondentNamed(doc, '  ')).toBeUndefined();
  });
});
