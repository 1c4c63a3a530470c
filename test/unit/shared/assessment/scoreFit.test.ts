import { describe, expect, it } from 'vitest';
import { profileFromAnswers } from '../../../../shared/assessment/answerProfile';
import type { AnswerValue } from '../../../../shared/assessment/Questionnaire';
import { questionnaireFor } from '../../../../shared/assessment/questionnaires';
import { scoreFit } from '../../../../shared/assessment/scoreFit';
import { TYPE_PROFILES } from './assessmentTestDocs';

const questionnaire = questionnaireFor(1);
const fitOf = (answers: Record<string, AnswerValue>) =>
  scoreFit(questionnaire, profileFromAnswers(questionnaire, Object.entries(answers)));

describe('scoreFit', () => {
  it('recommends the Toyota way for an IT service provider with strategic IT and many teams', () => {
    const fit = fitOf(TYPE_PROFILES.toyotaWay);
    expect(fit).toMatchObject({
      status: 'complete',
      scores: { toyotaWay: 21, collaboration: 7, continuousDelivery: 0 },
      recommended: 'toyotaWay',
      runnerUp: 'collaboration',
      margin: 14,
      tiedTypes: [],
      missing: [],
    });
    expect(fit.drivers).toHaveLength(7);
    expect(fit.drivers[0]).toMatchObject({
      itemId: 'fit.businessModel',
      title: 'Business model',
      answer: 'It is an IT service provider: IT services are what it delivers to its customers',
      points: { toyotaWay: 3, collaboration: 1, continuousDelivery: 0 },
      lead: 2,
    });
  });

  it('recommends Collaboration for an enterprise with SoE and SoR led by a Service Master', () => {
    const fit = fitOf(TYPE_PROFILES.collaboration);
    expect(fit).toMatchObject({
      scores: { toyotaWay: 7, collaboration: 19, continuousDelivery: 2 },
      recommended: 'collaboration',
      runnerUp: 'toyotaWay',
      margin: 12,
    });
    // The strongest drivers first: 2 points ahead each, then the size answers, 1 point ahead.
    expect(fit.drivers.map((driver) => [driver.itemId, driver.lead])).toEqual([
      ['fit.businessModel', 2],
      ['fit.strategicIt', 2],
      ['fit.serviceLead', 2],
      ['fit.speedOrContinuity', 2],
      ['fit.strategyLink', 2],
      ['fit.services', 1],
      ['fit.size', 1],
    ]);
  });

  it('recommends Continuous Delivery for a digital product vendor led by a Product Owner', () => {
    expect(fitOf(TYPE_PROFILES.continuousDelivery)).toMatchObject({
      scores: { toyotaWay: 0, collaboration: 7, continuousDelivery: 21 },
      recommended: 'continuousDelivery',
      runnerUp: 'collaboration',
      margin: 14,
    });
  });

  it('reports a tie as a tie, with no recommendation and no drivers', () => {
    const fit = fitOf({
      'fit.businessModel': 'itServiceProvider',
      'fit.strategicIt': 'supporting',
    });
    expect(fit).toMatchObject({
      scores: { toyotaWay: 4, collaboration: 4, continuousDelivery: 0 },
      recommended: null,
      runnerUp: null,
      margin: 0,
      tiedTypes: ['toyotaWay', 'collaboration'],
      drivers: [],
    });
  });

  it('gives a partial result from partial answers and lists what is missing', () => {
    const fit = fitOf({ 'fit.businessModel': 'digitalProduct' });
    expect(fit).toMatchObject({
      status: 'partial',
      recommended: 'continuousDelivery',
      runnerUp: 'collaboration',
      margin: 2,
    });
    expect(fit.missing.map((entry) => entry.title)).toEqual([
      'How strategic IT is',
      'Number of services',
      'Size',
      'Who leads the service',
      'Speed or continuity',
      'IT and business strategy',
    ]);
  });

  it('recommends nothing when no fit question is answered', () => {
    expect(fitOf({ 'da.smallTasks': 3 })).toMatchObject({
      status: 'unanswered',
      recommended: null,
      tiedTypes: [],
    });
  });

  it('adds a split room’s answers by their shares', () => {
    const profile = profileFromAnswers(questionnaire, []);
    profile.fit['fit.businessModel'] = { enterprise: 0.75, itServiceProvider: 0.25 };
    const fit = scoreFit(questionnaire, profile);
    expect(fit.scores).toEqual({ toyotaWay: 1.5, collaboration: 2.5, continuousDelivery: 0 });
    expect(fit.contributions[0]!.answer).toBe(
      'It is an enterprise running its business on its own systems: systems of engagement (SoE) and systems of record (SoR) (75 %); It is an IT service provider: IT services are what it delivers to its customers (25 %)',
    );
  });
});
