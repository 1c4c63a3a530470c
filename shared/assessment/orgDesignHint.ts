import type { AnswerProfile } from './answerProfile';
import type { AssessmentDoc } from './AssessmentDoc';
import type {
  ImplementationType,
  Questionnaire,
  QuestionnaireCatalogue,
  SizeRange,
} from './Questionnaire';
import { IMPLEMENTATION_TYPE_NAMES } from './Questionnaire';
import { fitQuestions, QUESTIONNAIRES, questionnaireFor } from './questionnaires';
import { roundResult } from './roundResult';
import type { FitResult } from './scoreFit';

/**
 * What organisation design reads from an assessment: plain data, so shared/org can use it
 * without the assessment knowing anything about organisation designs.
 */
export interface AssessmentOrgHint {
  /** Null when nothing is answered or types are tied. */
  recommendedType: ImplementationType | null;
  /** The types sharing the top score in a tie; empty otherwise. */
  tiedTypes: ImplementationType[];
  /** Points between the recommended type and the runner-up. */
  margin: number;
  /** Whether some fit questions are unanswered. */
  partial: boolean;
  /** How many IT services, as the room answered it. */
  services?: SizeRange;
  /** How many people, as the room answered it. */
  headcount?: SizeRange;
}

export type OrgStructure = 'flat' | 'matrix';

export interface StructureRecommendation {
  /** Null when the assessment cannot decide (a tie, or Collaboration of unknown size). */
  structure: OrgStructure | null;
  reasons: string[];
}

/** Collaboration beyond either of these needs experts shared across services: a matrix. */
const FLAT_MAX_SERVICES = 5;
const FLAT_MAX_HEADCOUNT = 50;
/** The two-pizza rule: one flat team holds at most 10 people (Scrum Guide: 10 or fewer). */
const TEAM_MAX = 10;

/** The hint for organisation design from a fit result and the profile it was scored from. */
export function orgHintFrom(
  questionnaire: Questionnaire,
  fit: FitResult,
  profile: AnswerProfile,
): AssessmentOrgHint {
  const hint: AssessmentOrgHint = {
    recommendedType: fit.recommended,
    tiedTypes: fit.tiedTypes,
    margin: fit.margin,
    partial: fit.status !== 'complete',
  };
  const services = sizeAnswered(questionnaire, profile, 'services');
  const headcount = sizeAnswered(questionnaire, profile, 'headcount');
  if (services) hint.services = services;
  if (headcount) hint.headcount = headcount;
  return hint;
}

/** The hint from a round as the room answered it (agreed values, else everyone's answers). */
export function orgHintOfRound(
  doc: AssessmentDoc,
  roundId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): AssessmentOrgHint {
  const { aggregate, result } = roundResult(doc, roundId, catalogue);
  return orgHintFrom(
    questionnaireFor(aggregate.questionnaireVersion, catalogue),
    result.fit,
    aggregate.profile,
  );
}

/**
 * Which organisation structure fits, with reasons (white paper §6 and §8): a matrix for the
 * Toyota way, a flat organisation for Continuous Delivery, and for Collaboration by size —
 * flat up to 5 services and 50 people, a matrix beyond.
 */
export function recommendStructure(hint: AssessmentOrgHint): StructureRecommendation {
  if (hint.recommendedType) {
    const { structure, reasons } = structureFor(hint.recommendedType, hint);
    const lead = `Recommended type: ${IMPLEMENTATION_TYPE_NAMES[hint.recommendedType]}, by ${points(hint.margin)}${hint.partial ? ', from partial answers' : ''}.`;
    return { structure, reasons: [lead, ...reasons] };
  }
  if (hint.tiedTypes.length === 0) {
    return {
      structure: null,
      reasons: ['No fit question is answered yet, so no implementation type is recommended.'],
    };
  }
  const names = hint.tiedTypes.map((type) => IMPLEMENTATION_TYPE_NAMES[type]).join(' and ');
  const options = hint.tiedTypes.map((type) => structureFor(type, hint));
  const first = options[0]!.structure;
  if (first && options.every((option) => option.structure === first)) {
    return {
      structure: first,
      reasons: [
        `${names} are tied, but both point to a ${first === 'flat' ? 'flat' : 'matrix'} organisation.`,
        ...options.flatMap((option) => option.reasons),
      ],
    };
  }
  return {
    structure: null,
    reasons: [`${names} are tied: settle the type in the room before choosing a structure.`],
  };
}

function structureFor(type: ImplementationType, hint: AssessmentOrgHint): StructureRecommendation {
  const bigTeam = hint.headcount && hint.headcount.min > TEAM_MAX;
  const splitTeams = `More than ${TEAM_MAX} people: form several flat teams of at most ${TEAM_MAX} (the two-pizza rule).`;
  switch (type) {
    case 'toyotaWay':
      return {
        structure: 'matrix',
        reasons: [
          'The Toyota way runs as a matrix organisation: experts pooled by function and assigned to Service Masters as teams, after Toyota’s chief engineers.',
          ...(hint.headcount?.max !== undefined && hint.headcount.max <= TEAM_MAX
            ? [
                `With ${TEAM_MAX} people or fewer there are few experts to pool: check whether one flat team is enough.`,
              ]
            : []),
        ],
      };
    case 'continuousDelivery':
      return {
        structure: 'flat',
        reasons: [
          'Continuous Delivery is led by a Product Owner with one team: a flat organisation.',
          ...(bigTeam ? [splitTeams] : []),
        ],
      };
    case 'collaboration': {
      const large =
        (hint.services && hint.services.min > FLAT_MAX_SERVICES) ||
        (hint.headcount && hint.headcount.min > FLAT_MAX_HEADCOUNT);
      if (large) {
        return {
          structure: 'matrix',
          reasons: [
            `Collaboration across more than ${FLAT_MAX_SERVICES} services or ${FLAT_MAX_HEADCOUNT} people shares experts between services: pool them by function and assign them to each Service Master — a matrix organisation.`,
          ],
        };
      }
      if (!hint.services && !hint.headcount) {
        return {
          structure: null,
          reasons: [
            'Collaboration fits a flat or a matrix organisation depending on size: answer the questions on the number of services and the number of people.',
          ],
        };
      }
      return {
        structure: 'flat',
        reasons: [
          `Collaboration with up to ${FLAT_MAX_SERVICES} services and ${FLAT_MAX_HEADCOUNT} people: a flat organisation, one team around each Service Master.`,
          ...(bigTeam ? [splitTeams] : []),
        ],
      };
    }
  }
}

/**
 * The size the room answered: the range of the option most chosen, or, when options tie, the
 * range spanning them.
 */
function sizeAnswered(
  questionnaire: Questionnaire,
  profile: AnswerProfile,
  key: 'services' | 'headcount',
): SizeRange | undefined {
  for (const question of fitQuestions(questionnaire)) {
    if (!question.options.some((option) => option[key])) continue;
    const shares = profile.fit[question.id];
    if (!shares) continue;
    const most = Math.max(0, ...Object.values(shares));
    const ranges = question.options.flatMap((option) =>
      most > 0 && shares[option.value] === most && option[key] ? [option[key]] : [],
    );
    if (ranges.length === 0) continue;
    const span: SizeRange = { min: Math.min(...ranges.map((range) => range.min)) };
    if (ranges.every((range) => range.max !== undefined)) {
      span.max = Math.max(...ranges.map((range) => range.max!));
    }
    return span;
  }
  return undefined;
}

function points(value: number): string {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${value === 1 ? 'point' : 'points'}`;
}
