/** Median and 95th percentile of a sample, rounded for reading. */
export function summarize(
  samples: number[],
  digits = 2,
): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (value: number) => Number(value.toFixed(digits));
  return { median: round(at(0.5)), p95: round(at(0.95)), n: sorted.length };
}
