import { pathToFileURL } from 'node:url';
import { computeMetrics } from '../../shared/vsm/computeMetrics';
import { branchedMap } from '../unit/shared/vsm/vsmTestMaps';

export interface TimingSummary {
  /** Milliseconds per full recompute. */
  median: number;
  p95: number;
}

const WARM_UP_RUNS = 500;
const MEASURED_RUNS = 1000;

/** Recompute time of all value stream metrics for branched maps of 200 and 1000 steps. */
export function benchVsmMetrics(): Record<'steps200' | 'steps1000', TimingSummary> {
  return { steps200: timeMetrics(200), steps1000: timeMetrics(1000) };
}

function timeMetrics(stepCount: number): TimingSummary {
  const map = branchedMap(stepCount);
  for (let i = 0; i < WARM_UP_RUNS; i++) computeMetrics(map);
  const samples: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const started = performance.now();
    computeMetrics(map);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) =>
    samples[Math.min(samples.length - 1, Math.floor(samples.length * fraction))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)) };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchVsmMetrics()));
}
