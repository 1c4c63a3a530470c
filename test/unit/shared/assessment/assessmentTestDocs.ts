import { answerItem } from '../../../../shared/assessment/answerChanges';
import type { AssessmentDoc, RoleGroup } from '../../../../shared/assessment/AssessmentDoc';
import { newAssessment } from '../../../../shared/assessment/assessmentChanges';
import type { IdFactory } from '../../../../shared/assessment/assessmentLookup';
import type {
  AnswerValue,
  Questionnaire,
  QuestionnaireCatalogue,
} from '../../../../shared/assessment/Questionnaire';
import { QUESTIONNAIRE_V1 } from '../../../../shared/assessment/questionnaireV1';
import { addRespondent } from '../../../../shared/assessment/respondentChanges';

export const NOW = Date.UTC(2026, 2, 2, 9);
export const DEVICE = 'laptop-a';

/** Predictable ids so tests can name rounds and respondents: r1, r2, … */
export function sequentialIds(prefix = 'id'): IdFactory {
  let next = 0;
  return () => `${prefix}${++next}`;
}

/** A new assessment whose first round is `r1`. */
export function emptyAssessment(catalogue?: QuestionnaireCatalogue): AssessmentDoc {
  return newAssessment({ title: 'ACME DevOps assessment' }, NOW, () => 'r1', catalogue);
}

/** Adds named respondents p1, p2, … with their role groups. */
export function addPeople(
  doc: AssessmentDoc,
  people: [name: string, roleGroup?: RoleGroup][],
  ids: IdFactory = sequentialIds('p'),
): string[] {
  return people.map(([name, roleGroup], index) =>
    addRespondent(
      doc,
      { identity: 'named', name, ...(roleGroup ? { roleGroup } : {}) },
      NOW + index,
      ids,
    ),
  );
}

/** Gives a respondent's answers to several items in one round. */
export function answer(
  doc: AssessmentDoc,
  respondentId: string,
  answers: Record<string, AnswerValue>,
  options: {
    roundId?: string;
    at?: number;
    deviceId?: string;
    catalogue?: QuestionnaireCatalogue;
  } = {},
): void {
  for (const [itemId, value] of Object.entries(answers)) {
    answerItem(
      doc,
      { roundId: options.roundId ?? 'r1', respondentId, itemId, value },
      {
        now: options.at ?? NOW,
        deviceId: options.deviceId ?? DEVICE,
        ...(options.catalogue ? { catalogue: options.catalogue } : {}),
      },
    );
  }
}

/**
 * A later questionnaire, as a future build would ship it: one item reworded, one dropped,
 * one added. Catalogues with and without it stand for a newer and an older build.
 */
export const QUESTIONNAIRE_V2: Questionnaire = {
  ...QUESTIONNAIRE_V1,
  version: 2,
  items: [
    ...QUESTIONNAIRE_V1.items
      .filter((item) => item.id !== 'da.adaptToChange')
      .map((item) => (item.id === 'lean.kaizen' ? { ...item, title: 'KAIZEN weekly' } : item)),
    {
      kind: 'maturity',
      id: 'lean.gemba',
      pillar: 'leanFoundation',
      title: 'Go and see',
      text: 'Managers go and see the work where it happens.',
      low: 'Managers know the work from reports only.',
      high: 'Managers regularly watch the work and the board in person.',
      nextStep: 'Hold the weekly review at the board.',
    },
  ],
};

export const CATALOGUE_V1_V2: QuestionnaireCatalogue = new Map([
  [1, QUESTIONNAIRE_V1],
  [2, QUESTIONNAIRE_V2],
]);

/** Fit answers that clearly describe each implementation type (white paper §8). */
export const TYPE_PROFILES = {
  toyotaWay: {
    'fit.businessModel': 'itServiceProvider',
    'fit.strategicIt': 'strategicAdvantage',
    'fit.services': 'many',
    'fit.size': 'manyTeams',
    'fit.serviceLead': 'businessOwner',
    'fit.speedOrContinuity': 'continuity',
    'fit.strategyLink': 'tight',
  },
  collaboration: {
    'fit.businessModel': 'enterprise',
    'fit.strategicIt': 'supporting',
    'fit.services': 'few',
    'fit.size': 'fewTeams',
    'fit.serviceLead': 'serviceMaster',
    'fit.speedOrContinuity': 'both',
    'fit.strategyLink': 'aligned',
  },
  continuousDelivery: {
    'fit.businessModel': 'digitalProduct',
    'fit.strategicIt': 'product',
    'fit.services': 'one',
    'fit.size': 'oneTeam',
    'fit.serviceLead': 'productOwner',
    'fit.speedOrContinuity': 'speed',
    'fit.strategyLink': 'productLed',
  },
} satisfies Record<string, Record<string, AnswerValue>>;
