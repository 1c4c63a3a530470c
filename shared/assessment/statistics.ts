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
 * The p-quantile of ascending `sorted` values by linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7; the default of R, NumPy and Excel's QUARTILE.INC).
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (h - below) * (upper - lower);
}

/**
 * Tastle & Wierman's consensus for ordinal (Likert) data: Cns = 1 + Σ pᵢ log₂(1 − |Xᵢ − μ| / d),
 * with pᵢ the share of answers Xᵢ, μ their mean and d the width of the scale (max − min).
 * 1 when everyone gives the same answer, 0 when the room splits evenly between the two ends.
 * Tastle, W. J. & Wierman, M. J. (2007), "Consensus and dissention: A measure of ordinal
 * dispersion", International Journal of Approximate Reasoning 45(3), 531–545.
 */
export function tastleWiermanConsensus(values: readonly number[], scale: ScaleBounds): number {
  const width = scale.max - scale.min;
  // Said outright: a float mean of equal values can miss them by an ulp.
  if (values.length === 0 || width <= 0 || values.every((value) => value === values[0])) return 1;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  let sum = 0;
  // Summing per answer is the same as per distinct value weighted by its share pᵢ.
  for (const value of values) sum += Math.log2(1 - Math.abs(value - mean) / width);
  return clamp01(1 + sum / values.length);
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
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const agreed = sorted[0] === sorted[n - 1];
  const mean = agreed ? sorted[0]! : sorted.reduce((sum, value) => sum + value, 0) / n;
  const variance = agreed ? 0 : sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return {
    n,
    min: sorted[0]!,
    max: sorted[n - 1]!,
    range: sorted[n - 1]! - sorted[0]!,
    mean,
    standardDeviation: Math.sqrt(variance),
    median: quantile(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    consensus: tastleWiermanConsensus(sorted, scale),
  };
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
