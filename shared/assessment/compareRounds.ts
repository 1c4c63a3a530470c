import type { AnswerProfile } from './answerProfile';
import type { AssessmentDoc, Round } from './AssessmentDoc';
import { requireRound, roundQuestionnaire } from './assessmentLookup';
import type { DoraCluster } from './doraClusters';
import type {
  AnswerValue,
  DoraMetric,
  ImplementationType,
  Pillar,
  QuestionnaireCatalogue,
  QuestionnaireItem,
} from './Questionnaire';
import { QUESTIONNAIRES, findItem } from './questionnaires';
import { roundResult, type RoundResult } from './roundResult';
import { doraScore } from './scoreDora';

/** Better / Same / Worse, as the squad health check compares sessions. */
export type Trend = 'better' | 'same' | 'worse';

export interface ItemComparison {
  itemId: string;
  title: string;
  kind: QuestionnaireItem['kind'];
  /** The room's value: the agreed value, else the median (or the one most chosen option). */
  before: AnswerValue | null;
  after: AnswerValue | null;
  /**
   * A fit question the room split evenly over has no single answer: the options tied for most
   * chosen, in questionnaire order (empty otherwise), so it reads as split, not unanswered.
   */
  beforeTie: AnswerValue[];
  afterTie: AnswerValue[];
  /**
   * For fit questions `same` or `changed`; `notComparable` when a round did not ask the item,
   * nobody answered it, or a fit question had no single most chosen answer.
   */
  trend: Trend | 'changed' | 'notComparable';
}

export interface FigureComparison {
  before: number | null;
  after: number | null;
  trend: Trend | 'notComparable';
}

export interface PillarComparison {
  pillar: Pillar;
  name: string;
  mean: FigureComparison;
  weakest: FigureComparison;
}

export interface RoundComparison {
  before: { roundId: string; label: string };
  after: { roundId: string; label: string };
  /**
   * Each round's recommended type, or null with the types tied (none when no fit question was
   * answered); `changed` only when both rounds recommend one and they differ.
   */
  fit: {
    before: ImplementationType | null;
    after: ImplementationType | null;
    beforeTied: ImplementationType[];
    afterTied: ImplementationType[];
    changed: boolean;
  };
  items: ItemComparison[];
  pillars: PillarComparison[];
  /** Quick Check scores 0–10, higher is better. */
  dora: {
    metrics: (FigureComparison & { metric: DoraMetric; title: string })[];
    overall: FigureComparison;
  };
}

/**
 * Compares two rounds item by item, pillar by pillar and on DORA's scores. Figures are compared
 * as shown, to one decimal, so "Same" means the same on the screen. Items are matched by id
 * across questionnaire versions; an item only one round asked is not comparable.
 */
export function compareRounds(
  doc: AssessmentDoc,
  beforeRoundId: string,
  afterRoundId: string,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): RoundComparison {
  const rounds = [beforeRoundId, afterRoundId].map((id) => requireRound(doc, id)) as [Round, Round];
  const [before, after] = rounds.map((round) => roundResult(doc, round.id, catalogue)) as [
    RoundResult,
    RoundResult,
  ];
  const [beforeQuestionnaire, afterQuestionnaire] = rounds.map((round) =>
    roundQuestionnaire(round, catalogue),
  );
  const itemIds = [
    ...afterQuestionnaire!.items.map((item) => item.id),
    ...beforeQuestionnaire!.items
      .map((item) => item.id)
      .filter((id) => !findItem(afterQuestionnaire!, id)),
  ];

  const items = itemIds.map((itemId): ItemComparison => {
    const beforeItem = findItem(beforeQuestionnaire!, itemId);
    const afterItem = findItem(afterQuestionnaire!, itemId);
    const item = (afterItem ?? beforeItem)!;
    const beforeRoom = beforeItem ? roomValue(beforeItem, before.aggregate.profile) : NO_VALUE;
    const afterRoom = afterItem ? roomValue(afterItem, after.aggregate.profile) : NO_VALUE;
    const beforeValue = beforeRoom.value;
    const afterValue = afterRoom.value;
    let trend: ItemComparison['trend'] = 'notComparable';
    if (beforeValue !== null && afterValue !== null) {
      trend =
        item.kind === 'fit'
          ? beforeValue === afterValue
            ? 'same'
            : 'changed'
          : trendOf(
              higherIsBetter(beforeItem!, beforeValue as number),
              higherIsBetter(afterItem!, afterValue as number),
            );
    }
    return {
      itemId,
      title: item.title,
      kind: item.kind,
      before: beforeValue,
      after: afterValue,
      beforeTie: beforeRoom.tie,
      afterTie: afterRoom.tie,
      trend,
    };
  });

  const pillars = after.result.maturity.pillars.map((afterPillar): PillarComparison => {
    const beforePillar = before.result.maturity.pillars.find(
      (p) => p.pillar === afterPillar.pillar,
    )!;
    return {
      pillar: afterPillar.pillar,
      name: afterPillar.name,
      mean: compareFigures(beforePillar.mean, afterPillar.mean),
      weakest: compareFigures(beforePillar.weakest, afterPillar.weakest),
    };
  });

  return {
    before: { roundId: rounds[0].id, label: rounds[0].label },
    after: { roundId: rounds[1].id, label: rounds[1].label },
    fit: {
      before: before.result.fit.recommended,
      after: after.result.fit.recommended,
      beforeTied: before.result.fit.recommended ? [] : before.result.fit.tiedTypes,
      afterTied: after.result.fit.recommended ? [] : after.result.fit.tiedTypes,
      changed:
        before.result.fit.recommended !== null &&
        after.result.fit.recommended !== null &&
        before.result.fit.recommended !== after.result.fit.recommended,
    },
    items,
    pillars,
    dora: {
      metrics: after.result.dora.metrics.map((metric) => ({
        metric: metric.metric,
        title: metric.title,
        ...compareFigures(
          before.result.dora.metrics.find((m) => m.metric === metric.metric)?.score ?? null,
          metric.score,
        ),
      })),
      overall: compareFigures(before.result.dora.overall, after.result.dora.overall),
    },
  };
}

/** One entry per round, in order: what the radar (a polygon per round) and the trend lines draw. */
export interface RoundTrend {
  roundId: string;
  label: string;
  startedAt: number;
  respondents: number;
  recommended: ImplementationType | null;
  margin: number;
  pillars: { pillar: Pillar; mean: number | null; weakest: number | null }[];
  dora: {
    overall: number | null;
    throughput: number | null;
    stability: number | null;
    metrics: { metric: DoraMetric; score: number | null }[];
    nearestClusters: DoraCluster[];
  };
}

/** Pillar maturity, type fit and DORA figures of every round, oldest first. */
export function roundTrends(
  doc: AssessmentDoc,
  catalogue: QuestionnaireCatalogue = QUESTIONNAIRES,
): RoundTrend[] {
  return doc.rounds.map((round) => {
    const { aggregate, result } = roundResult(doc, round.id, catalogue);
    return {
      roundId: round.id,
      label: round.label,
      startedAt: round.startedAt,
      respondents: aggregate.respondents,
      recommended: result.fit.recommended,
      margin: result.fit.margin,
      pillars: result.maturity.pillars.map(({ pillar, mean, weakest }) => ({
        pillar,
        mean,
        weakest,
      })),
      dora: {
        overall: result.dora.overall,
        throughput: result.dora.throughput,
        stability: result.dora.stability,
        metrics: result.dora.metrics.map(({ metric, score }) => ({ metric, score })),
        nearestClusters: result.dora.placement?.nearest ?? [],
      },
    };
  });
}

interface RoomValue {
  value: AnswerValue | null;
  tie: AnswerValue[];
}

const NO_VALUE: RoomValue = { value: null, tie: [] };

/** The room's value of an item: its number, or the one most chosen option, or a tie. */
function roomValue(item: QuestionnaireItem, profile: AnswerProfile): RoomValue {
  if (item.kind !== 'fit') return { value: profile.values[item.id] ?? null, tie: [] };
  const shares = profile.fit[item.id] ?? {};
  const most = Math.max(0, ...Object.values(shares));
  const modal = item.options
    .map((option) => option.value)
    .filter((value) => most > 0 && shares[value] === most);
  return modal.length === 1 ? { value: modal[0]!, tie: [] } : { value: null, tie: modal };
}

/** A value where higher is always better: DORA answers become their Quick Check score. */
function higherIsBetter(item: QuestionnaireItem, value: number): number {
  return item.kind === 'dora' ? doraScore(item.scale, value) : value;
}

function compareFigures(before: number | null, after: number | null): FigureComparison {
  return {
    before,
    after,
    trend: before === null || after === null ? 'notComparable' : trendOf(before, after),
  };
}

function trendOf(before: number, after: number): Trend {
  const shown = (value: number) => Math.round(value * 10);
  const delta = shown(after) - shown(before);
  return delta > 0 ? 'better' : delta < 0 ? 'worse' : 'same';
}
