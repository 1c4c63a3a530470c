import { describe, expect, it } from 'vitest';
import { profileFromAnswers } from '../../../../shared/assessment/answerProfile';
import { maturityItems, questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { scoreAssessment } from '../../../../shared/assessment/scoreAssessment';
import { TYPE_PROFILES } from './assessmentTestDocs';

const questionnaire = questionnaireFor(1);

describe('scoreAssessment', () => {
  it('checks readiness for the recommended type and marks the result partial', () => {
    const result = scoreAssessment(
      questionnaire,
      profileFromAnswers(questionnaire, [
        ...Object.entries(TYPE_PROFILES.toyotaWay),
        ...maturityItems(questionnaire).map((item) => [item.id, 4] as const),
        ['itsm.minimumInformation', 2],
      ]),
    );
    expect(result.fit.recommended).toBe('toyotaWay');
    expect(result.readiness.map((readiness) => readiness.type)).toEqual(['toyotaWay']);
    expect(result.readiness[0]!.gaps.map((gap) => gap.pillar)).toEqual(['serviceManagement']);
    expect(result.status).toBe('partial');
    expect(result.missing.map((entry) => entry.itemId)).toEqual([
      'dora.leadTime',
      'dora.deploymentFrequency',
      'dora.recoveryTime',
      'dora.changeFailRate',
      'dora.reworkRate',
    ]);
  });

  it('checks readiness for each type in a tie', () => {
    const result = scoreAssessment(
      questionnaire,
      profileFromAnswers(questionnaire, [
        ['fit.businessModel', 'itServiceProvider'],
        ['fit.strategicIt', 'supporting'],
      ]),
    );
    expect(result.readiness.map((readiness) => readiness.type)).toEqual([
      'toyotaWay',
      'collaboration',
    ]);
  });

  it('is complete when every item is answered', () => {
    const result = scoreAssessment(
      questionnaire,
      profileFromAnswers(questionnaire, [
        ...Object.entries(TYPE_PROFILES.continuousDelivery),
        ...maturityItems(questionnaire).map((item) => [item.id, 3] as const),
        ['dora.leadTime', 5],
        ['dora.deploymentFrequency', 5],
        ['dora.recoveryTime', 5],
        ['dora.changeFailRate', 10],
        ['dora.reworkRate', 10],
      ]),
    );
    expect(result).toMatchObject({ status: 'complete', missing: [] });
    expect(result.readiness[0]!.gaps.map((gap) => gap.pillar)).toEqual(['continuousDelivery']);
  });
});
