import type { AnswerProfile } from './answerProfile';
import type { DoraCluster } from './doraClusters';
import {
  DORA_CAUTION,
  DORA_CLUSTERS,
  DORA_CLUSTERS_2024,
  DORA_CLUSTERS_YEAR,
} from './doraClusters';
import type { DoraItem, DoraMetric, Questionnaire } from './Questionnaire';
import { DORA_STEP_MAX, DORA_STEP_MIN } from './Questionnaire';
import { doraItems } from './questionnaires';

/** Distances closer than this are equal. */
const SAME_DISTANCE = 1e-9;

/**
 * DORA Quick Check's score, 0–10 (dora-team/dora.dev, quick-check data-service): a six-step
 * answer v becomes (v − 1) / 5 × 10; a percentage v, where lower is better, (100 − v) / 10.
 */
export function doraScore(scale: DoraItem['scale'], value: number): number {
  return scale.kind === 'steps'
    ? ((value - DORA_STEP_MIN) / (DORA_STEP_MAX - DORA_STEP_MIN)) * 10
    : (100 - value) / 10;
}

const THROUGHPUT: readonly DoraMetric[] = ['leadTime', 'deploymentFrequency', 'recoveryTime'];
const STABILITY: readonly DoraMetric[] = ['changeFailRate', 'reworkRate'];

export interface DoraMetricScore {
  itemId: string;
  metric: DoraMetric;
  title: string;
  /** The answer (a step or a percentage), null when unanswered. */
  value: number | null;
  /** Quick Check score 0–10. */
  score: number | null;
  /** The clusters whose typical value this answer matches (or comes nearest); rework has none. */
  clusters: DoraCluster[];
}

export interface DoraPlacement {
  /** The cluster(s) the answers come nearest to, on average over the metrics answered. */
  nearest: DoraCluster[];
  /** Mean distance in Quick Check points from each cluster's typical values. */
  distances: Record<DoraCluster, number>;
}

export interface DoraResult {
  status: 'complete' | 'partial' | 'unanswered';
  metrics: DoraMetricScore[];
  /** The Quick Check's overall score: the plain mean of the metrics answered. */
  overall: number | null;
  /** Mean of lead time, deployment frequency and recovery time. */
  throughput: number | null;
  /** Mean of change fail rate and rework rate (higher is more stable). */
  stability: number | null;
  placement: DoraPlacement | null;
  clustersYear: number;
  caution: string;
  missing: { itemId: string; title: string }[];
}

/** Scores DORA's five metrics as the Quick Check does and places them against the clusters. */
export function scoreDora(questionnaire: Questionnaire, profile: AnswerProfile): DoraResult {
  const missing: DoraResult['missing'] = [];
  const totals = Object.fromEntries(DORA_CLUSTERS.map((cluster) => [cluster, 0])) as Record<
    DoraCluster,
    number
  >;
  let placedMetrics = 0;

  const metrics = doraItems(questionnaire).map((item): DoraMetricScore => {
    const value = profile.values[item.id];
    if (value === undefined) {
      missing.push({ itemId: item.id, title: item.title });
      return {
        itemId: item.id,
        metric: item.metric,
        title: item.title,
        value: null,
        score: null,
        clusters: [],
      };
    }
    const score = doraScore(item.scale, value);
    const distances = clusterDistances(item, score);
    if (distances) {
      placedMetrics++;
      for (const cluster of DORA_CLUSTERS) totals[cluster] += distances[cluster];
    }
    return {
      itemId: item.id,
      metric: item.metric,
      title: item.title,
      value,
      score,
      clusters: distances ? nearestOf(distances) : [],
    };
  });

  const scored = (wanted: readonly DoraMetric[]) =>
    mean(metrics.flatMap((m) => (m.score !== null && wanted.includes(m.metric) ? [m.score] : [])));
  const placement = placedMetrics === 0 ? null : placementOf(totals, placedMetrics);
  const answered = metrics.filter((m) => m.score !== null).length;
  return {
    status: answered === 0 ? 'unanswered' : missing.length > 0 ? 'partial' : 'complete',
    metrics,
    overall: mean(metrics.flatMap((m) => (m.score === null ? [] : [m.score]))),
    throughput: scored(THROUGHPUT),
    stability: scored(STABILITY),
    placement,
    clustersYear: DORA_CLUSTERS_YEAR,
    caution: DORA_CAUTION,
    missing,
  };
}

/**
 * How far a score lies from each cluster's typical value, in Quick Check points: 0 inside a
 * cluster's band of steps. Null for rework rate, which the 2024 clusters do not describe.
 */
function clusterDistances(item: DoraItem, score: number): Record<DoraCluster, number> | null {
  const metric = item.metric;
  if (metric === 'reworkRate') return null;
  const entries = DORA_CLUSTERS.map((cluster): [DoraCluster, number] => {
    const profile = DORA_CLUSTERS_2024[cluster];
    if (metric === 'changeFailRate') {
      return [cluster, Math.abs(score - doraScore(item.scale, profile.changeFailRate))];
    }
    const band = profile[metric];
    const low = doraScore(item.scale, band.from);
    const high = doraScore(item.scale, band.to);
    return [cluster, Math.max(0, low - score, score - high)];
  });
  return Object.fromEntries(entries) as Record<DoraCluster, number>;
}

function placementOf(totals: Record<DoraCluster, number>, metrics: number): DoraPlacement {
  const distances = Object.fromEntries(
    DORA_CLUSTERS.map((cluster) => [cluster, totals[cluster] / metrics]),
  ) as Record<DoraCluster, number>;
  return { nearest: nearestOf(distances), distances };
}

function nearestOf(distances: Record<DoraCluster, number>): DoraCluster[] {
  const best = Math.min(...DORA_CLUSTERS.map((cluster) => distances[cluster]));
  return DORA_CLUSTERS.filter((cluster) => distances[cluster] - best < SAME_DISTANCE);
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
