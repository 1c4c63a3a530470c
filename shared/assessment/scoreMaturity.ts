import type { AnswerProfile } from './answerProfile';
import type { ImplementationType, Pillar, Questionnaire } from './Questionnaire';
import { IMPLEMENTATION_TYPE_NAMES, PILLAR_NAMES, PILLARS } from './Questionnaire';
import { maturityItems } from './questionnaires';

export interface ItemLevel {
  itemId: string;
  title: string;
  value: number;
}

export interface PillarScore {
  pillar: Pillar;
  name: string;
  answered: number;
  total: number;
  /** Mean of the answered items; null when none is answered. */
  mean: number | null;
  /** The weakest-component level (ITIL): the lowest answered item; null when none is. */
  weakest: number | null;
  /** The items at the weakest level. */
  weakestItems: ItemLevel[];
}

export interface MaturityResult {
  status: 'complete' | 'partial' | 'unanswered';
  pillars: PillarScore[];
  /** Mean of the pillar means, and the weakest pillar's weakest level. */
  overall: { mean: number | null; weakest: number | null };
  missing: { itemId: string; title: string; pillar: Pillar }[];
}

/**
 * Maturity per pillar both ways: the mean of its items, and the weakest-component rule of the
 * ITIL Maturity Model (a pillar is only as mature as its least mature item).
 */
export function scoreMaturity(
  questionnaire: Questionnaire,
  profile: AnswerProfile,
): MaturityResult {
  const items = maturityItems(questionnaire);
  const missing: MaturityResult['missing'] = [];
  const pillars = PILLARS.map((pillar): PillarScore => {
    const levels: ItemLevel[] = [];
    let total = 0;
    for (const item of items) {
      if (item.pillar !== pillar) continue;
      total++;
      const value = profile.values[item.id];
      if (value === undefined) missing.push({ itemId: item.id, title: item.title, pillar });
      else levels.push({ itemId: item.id, title: item.title, value });
    }
    const weakest = levels.length > 0 ? Math.min(...levels.map((level) => level.value)) : null;
    return {
      pillar,
      name: PILLAR_NAMES[pillar],
      answered: levels.length,
      total,
      mean: levels.length > 0 ? levels.reduce((sum, l) => sum + l.value, 0) / levels.length : null,
      weakest,
      weakestItems: levels.filter((level) => level.value === weakest),
    };
  });
  const means = pillars.flatMap((pillar) => (pillar.mean === null ? [] : [pillar.mean]));
  const weakests = pillars.flatMap((pillar) => (pillar.weakest === null ? [] : [pillar.weakest]));
  const answered = pillars.reduce((sum, pillar) => sum + pillar.answered, 0);
  return {
    status: answered === 0 ? 'unanswered' : missing.length > 0 ? 'partial' : 'complete',
    pillars,
    overall: {
      mean: means.length > 0 ? means.reduce((a, b) => a + b, 0) / means.length : null,
      weakest: weakests.length > 0 ? Math.min(...weakests) : null,
    },
    missing,
  };
}

export interface ReadinessCheck {
  pillar: Pillar;
  name: string;
  /** The level the type needs, judged by the weakest-component rule. */
  required: number;
  weakest: number | null;
  mean: number | null;
  status: 'ready' | 'gap' | 'unanswered';
  /** The items below the required level, lowest first. */
  limitingItems: (ItemLevel & { nextStep: string })[];
  /** What to do first: the next step of the lowest item. Null unless there is a gap. */
  nextStep: string | null;
}

export interface Readiness {
  type: ImplementationType;
  typeName: string;
  /** Why the type needs these levels. */
  why: string;
  checks: ReadinessCheck[];
  gaps: ReadinessCheck[];
}

/**
 * Whether each pillar is mature enough for `type`: its weakest item must reach the level the
 * questionnaire states for that type (e.g. the Toyota way needs IT service management at 4).
 * Each gap names the items holding the pillar back and a next step.
 */
export function readinessFor(
  type: ImplementationType,
  questionnaire: Questionnaire,
  maturity: MaturityResult,
  profile: AnswerProfile,
): Readiness {
  const rule = questionnaire.readiness[type];
  const items = maturityItems(questionnaire);
  const checks = maturity.pillars.map((score): ReadinessCheck => {
    const required = rule.levels[score.pillar];
    const limitingItems = items
      .filter((item) => item.pillar === score.pillar)
      .flatMap((item) => {
        const value = profile.values[item.id];
        return value !== undefined && value < required
          ? [{ itemId: item.id, title: item.title, value, nextStep: item.nextStep }]
          : [];
      })
      .sort((a, b) => a.value - b.value);
    const status =
      score.weakest === null ? 'unanswered' : score.weakest < required ? 'gap' : 'ready';
    return {
      pillar: score.pillar,
      name: score.name,
      required,
      weakest: score.weakest,
      mean: score.mean,
      status,
      limitingItems,
      nextStep: status === 'gap' ? (limitingItems[0]?.nextStep ?? null) : null,
    };
  });
  return {
    type,
    typeName: IMPLEMENTATION_TYPE_NAMES[type],
    why: rule.why,
    checks,
    gaps: checks.filter((check) => check.status === 'gap'),
  };
}
