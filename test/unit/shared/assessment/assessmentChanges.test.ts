import { describe, expect, it } from 'vitest';
import {
  newAssessment,
  updateAssessmentDetails,
} from '../../../../shared/assessment/assessmentChanges';
import { assessmentDocSchema } from '../../../../shared/assessment/schemas/assessmentDocSchema';
import { emptyAssessment, NOW } from './assessmentTestDocs';

describe('newAssessment', () => {
  it('opens the first round on the newest questionnaire, answers hidden', () => {
    const doc = emptyAssessment();
    expect(doc).toEqual({
      schemaVersion: 1,
      kind: 'assessment',
      title: 'ACME DevOps assessment',
      rounds: [
        {
          id: 'r1',
          label: 'Round 1',
          startedAt: NOW,
          questionnaireVersion: 1,
          revealed: false,
          agreed: {},
        },
      ],
      respondents: {},
      createdAt: NOW,
    });
    expect(assessmentDocSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses an empty title', () => {
    expect(() => newAssessment({ title: '  ' }, NOW)).toThrow(
      'The title cannot be empty. Nothing was changed.',
    );
  });
});

describe('updateAssessmentDetails', () => {
  it('changes the title, trimmed', () => {
    const doc = emptyAssessment();
    updateAssessmentDetails(doc, { title: ' Q3 check ' });
    expect(doc.title).toBe('Q3 check');
  });

  it('refuses an empty title and keeps the old one', () => {
    const doc = emptyAssessment();
    expect(() => updateAssessmentDetails(doc, { title: '' })).toThrow(
      expect.objectContaining({ field: 'title' }),
    );
    expect(doc.title).toBe('ACME DevOps assessment');
  });
});
