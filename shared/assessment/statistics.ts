/**
 * Descriptive statistics for the room's answers to one item. Formulas and sources are in
 * docs/assessment-model.md.
 */

/** A bounded answer scale: Likert 1–5, DORA steps 1–6, or 0–100 %. */
export interface ScaleBounds {
  min: number;
  max: number;
}

export interface ValueSummary {
  n: number;
  min: number;
  max: number;
  /** max − min of the answers given. */
  range: number;
  mean: number;
  /** Population standard deviation: the room is the whole population asked. */
  standardDeviation: number;
  median: number;
  q1: number;
  q3: number;
  /** q3 − q1. */
  iqr: number;
  /** Tastle & Wierman's consensus, 0 (split between the two ends) … 1 (all agree). */
  consensus: number;
}

/**
 * Tastle & Wierman's consensus for ordinal (Likert) data: Cns = 1 + Σ pᵢ log₂(1 − |Xᵢ − μ| / d),
 * with pᵢ the share of answers Xᵢ, μ their mean and d the width of the scale (max − min).
 * 1 when everyone gives the same answer, 0 when the room splits evenly between the two ends.
 * Tastle, W. J. & Wierman, M. J. (2007), "Consensus and dissention: A measure of ordinal
 * dispersion", International Journal of Approximate Reasoning 45(3), 531–545.
 */
export function tastleWiermanConsensus(values: readonly number[], scale: ScaleBounds): number {
  return summarizeValues(values, scale)?.consensus ?? 1;
}

/**
 * Consensus for a choice between unordered options: 1 − H / log₂ k, with H the Shannon entropy
 * of the answers' shares and k the number of options (one minus Pielou's evenness). 1 when
 * everyone picks the same option, 0 when the answers spread evenly over all of them.
 */
export function choiceConsensus(counts: readonly number[], optionCount: number): number {
  const n = counts.reduce((sum, count) => sum + count, 0);
  if (n === 0 || optionCount < 2) return 1;
  let entropy = 0;
  for (const count of counts) {
    if (count > 0) entropy -= (count / n) * Math.log2(count / n);
  }
  return clamp01(1 - entropy / Math.log2(optionCount));
}

/** Median, quartiles, spread and consensus of the answers on a scale; null without answers. */
export function summarizeValues(
  values: readonly number[],
  scale: ScaleBounds,
): ValueSummary | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return summarizeCounts(counts, scale);
}

/** {@link summarizeValues} from how often each value was given. */
export function summarizeCounts(
  counts: ReadonlyMap<number, number>,
  scale: ScaleBounds,
): ValueSummary | null {
  const values = [...counts.keys()].sort(ascending);
  return summarizeWeighted(
    values,
    values.map((value) => counts.get(value)!),
    scale,
  );
}

/**
 * {@link summarizeValues} from distinct `values` in ascending order and how often each was
 * given (zero allowed). Answers repeat — a room of 30 on a five-point scale gives at most five
 * values — so working on the distinct values keeps the facilitator view quick. The weights of
 * `values[i]` are read at `weights[from + i]`, so one array can hold several blocks of counts.
 */
export function summarizeWeighted(
  values: readonly number[],
  weights: readonly number[],
  scale: ScaleBounds,
  from = 0,
): ValueSummary | null {
  let n = 0;
  let total = 0;
  let first = -1;
  let last = -1;
  for (let index = 0; index < values.length; index++) {
    const weight = weights[from + index]!;
    if (weight === 0) continue;
    if (first === -1) first = index;
    last = index;
    n += weight;
    total += values[index]! * weight;
  }
  if (n === 0) return null;
  const min = values[first]!;
  const max = values[last]!;
  if (first === last) {
    return {
      n,
      min,
      max,
      range: 0,
      mean: min,
      standardDeviation: 0,
      median: min,
      q1: min,
      q3: min,
      iqr: 0,
      consensus: 1,
    };
  }
  const mean = total / n;
  const width = scale.max - scale.min;
  let squares = 0;
  let logs = 0;
  for (let index = first; index <= last; index++) {
    const weight = weights[from + index]!;
    if (weight === 0) continue;
    const deviation = values[index]! - mean;
    squares += weight * deviation * deviation;
    logs += weight * Math.log2(1 - Math.abs(deviation) / width);
  }
  quartilesOf(values, weights, from, first, last, n);
  const q1 = quartiles[0]!;
  const q3 = quartiles[2]!;
  return {
    n,
    min,
    max,
    range: max - min,
    mean,
    standardDeviation: Math.sqrt(squares / n),
    median: quartiles[1]!,
    q1,
    q3,
    iqr: q3 - q1,
    // Tastle & Wierman: 1 + Σ pᵢ log₂(1 − |Xᵢ − μ| / d), pᵢ = count / n.
    consensus: width > 0 ? clamp01(1 + logs / n) : 1,
  };
}

/** Where {@link quartilesOf} puts the three quartiles, q1, median and q3. */
const quartiles = [0, 0, 0];

/**
 * Puts the 0.25-, 0.5- and 0.75-quantiles into `quartiles`, by linear interpolation between
 * order statistics (Hyndman & Fan 1996, definition 7: the default of R, NumPy and Excel's
 * QUARTILE.INC), from the distinct `values` in ascending order and how often each was given:
 * one walk up the values finds the answers each quartile lies between.
 */
function quartilesOf(
  values: readonly number[],
  weights: readonly number[],
  from: number,
  first: number,
  last: number,
  n: number,
): void {
  let quartile = 0;
  let h = (n - 1) * QUARTILE_SHARES[0];
  let below = Math.floor(h);
  let seen = 0;
  for (let index = first; index <= last; index++) {
    const weight = weights[from + index]!;
    if (weight === 0) continue;
    seen += weight;
    // The answer at a rank is the first value whose running count passes it.
    while (below < seen) {
      const lower = values[index]!;
      let upper = lower;
      // The next rank lies past this value's answers: it is the next value given.
      if (Math.min(below + 1, n - 1) >= seen) {
        let next = index + 1;
        while (weights[from + next] === 0) next++;
        upper = values[next]!;
      }
      quartiles[quartile] = lower + (h - below) * (upper - lower);
      if (++quartile === 3) return;
      h = (n - 1) * QUARTILE_SHARES[quartile]!;
      below = Math.floor(h);
    }
  }
}

const QUARTILE_SHARES = [0.25, 0.5, 0.75] as const;

function ascending(a: number, b: number): number {
  return a - b;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
