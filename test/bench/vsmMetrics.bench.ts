import { pathToFileURL } from 'node:url';
import { computeMetrics } from '../../shared/vsm/computeMetrics';
import { branchedMap } from '../unit/shared/vsm/vsmTestMaps';
import { summarize } from './stats';

const WARM_UP_RUNS = 500;
const MEASURED_RUNS = 1000;

/**
 * Milliseconds per full recompute of all value stream metrics, for branched maps (fork-join
 * diamonds with rework loops) of 200 and 1000 steps. Goal: 200 steps ≤ 1 ms median.
 */
export function benchVsmMetrics() {
  return { steps200: timeMetrics(200), steps1000: timeMetrics(1000), goalMedianMs200: 1 };
}

function timeMetrics(stepCount: number) {
  const map = branchedMap(stepCount);
  for (let i = 0; i < WARM_UP_RUNS; i++) computeMetrics(map);
  const samples: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const started = performance.now();
    computeMetrics(map);
    samples.push(performance.now() - started);
  }
  return summarize(samples, 3);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(benchVsmMetrics()));
}
