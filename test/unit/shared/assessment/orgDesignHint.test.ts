import { describe, expect, it } from 'vitest';
import { profileFromAnswers } from '../../../../shared/assessment/answerProfile';
import {
  orgHintFrom,
  orgHintOfRound,
  recommendStructure,
  type AssessmentOrgHint,
} from '../../../../shared/assessment/orgDesignHint';
import type { AnswerValue } from '../../../../shared/assessment/Questionnaire';
import { questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { scoreFit } from '../../../../shared/assessment/scoreFit';
import { addPeople, answer, emptyAssessment, TYPE_PROFILES } from './assessmentTestDocs';

const questionnaire = questionnaireFor(1);
function hintOf(answers: Record<string, AnswerValue>): AssessmentOrgHint {
  const profile = profileFromAnswers(questionnaire, Object.entries(answers));
  return orgHintFrom(questionnaire, scoreFit(questionnaire, profile), profile);
}

describe('orgHintFrom', () => {
  it('gives the recommended type, the margin and the size the room answered', () => {
    expect(hintOf(TYPE_PROFILES.collaboration)).toEqual({
      recommendedType: 'collaboration',
      tiedTypes: [],
      margin: 12,
      partial: false,
      services: { min: 2, max: 5 },
      headcount: { min: 11, max: 50 },
    });
    expect(hintOf(TYPE_PROFILES.toyotaWay)).toMatchObject({
      services: { min: 6 },
      headcount: { min: 51 },
    });
  });

  it('leaves the size out when it was not answered', () => {
    const hint = hintOf({ 'fit.businessModel': 'enterprise' });
    expect(hint).toEqual({
      recommendedType: 'collaboration',
      tiedTypes: [],
      margin: 2,
      partial: true,
    });
  });

  it('reads a round as the room answered it, spanning the size options a split room chose', () => {
    const doc = emptyAssessment();
    addPeople(doc, [['Anna'], ['Ben']]);
    answer(doc, 'p1', TYPE_PROFILES.collaboration);
    answer(doc, 'p2', { ...TYPE_PROFILES.collaboration, 'fit.size': 'manyTeams' });
    expect(orgHintOfRound(doc, 'r1')).toMatchObject({
      recommendedType: 'collaboration',
      headcount: { min: 11 },
    });
  });
});

describe('recommendStructure', () => {
  it('recommends a matrix for the Toyota way', () => {
    const recommendation = recommendStructure(hintOf(TYPE_PROFILES.toyotaWay));
    expect(recommendation.structure).toBe('matrix');
    expect(recommendation.reasons).toEqual([
      'Recommended type: Toyota way, by 14 points.',
      'The Toyota way runs as a matrix organisation: experts pooled by function and assigned to Service Masters as teams, after Toyota’s chief engineers.',
    ]);
  });

  it('recommends a flat organisation for Continuous Delivery', () => {
    expect(recommendStructure(hintOf(TYPE_PROFILES.continuousDelivery))).toEqual({
      structure: 'flat',
      reasons: [
        'Recommended type: Continuous Delivery, by 14 points.',
        'Continuous Delivery is led by a Product Owner with one team: a flat organisation.',
      ],
    });
  });

  it('chooses for Collaboration by size: flat for a few teams, a matrix for many', () => {
    const few = recommendStructure(hintOf(TYPE_PROFILES.collaboration));
    expect(few.structure).toBe('flat');
    expect(few.reasons).toContain(
      'More than 10 people: form several flat teams of at most 10 (the two-pizza rule).',
    );
    const many = recommendStructure({
      recommendedType: 'collaboration',
      tiedTypes: [],
      margin: 3,
      partial: false,
      services: { min: 6 },
    });
    expect(many.structure).toBe('matrix');
    const unknownSize = recommendStructure({
      recommendedType: 'collaboration',
      tiedTypes: [],
      margin: 3,
      partial: true,
    });
    expect(unknownSize.structure).toBeNull();
    expect(unknownSize.reasons[0]).toBe(
      'Recommended type: Collaboration, by 3 points, from partial answers.',
    );
  });

  it('decides nothing in a tie unless both types point to the same structure', () => {
    const tie = {
      recommendedType: null,
      tiedTypes: ['toyotaWay', 'continuousDelivery'],
      margin: 0,
      partial: true,
    } as const;
    expect(recommendStructure({ ...tie, tiedTypes: [...tie.tiedTypes] })).toEqual({
      structure: null,
      reasons: [
        'Toyota way and Continuous Delivery are tied: settle the type in the room before choosing a structure.',
      ],
    });
    const sameStructure = recommendStructure({
      ...tie,
      tiedTypes: ['toyotaWay', 'collaboration'],
      headcount: { min: 51 },
    });
    expect(sameStructure.structure).toBe('matrix');
    expect(sameStructure.reasons[0]).toBe(
      'Toyota way and Collaboration are tied, but both point to a matrix organisation.',
    );
  });

  it('says so when nothing is answered', () => {
    expect(
      recommendStructure({ recommendedType: null, tiedTypes: [], margin: 0, partial: true })
        .structure,
    ).toBeNull();
  });
});
