import {
  compareMaps,
  computeMetrics,
  type MapComparisonResult,
  type ValueStreamMapDoc,
  type VsmMetricsResult,
} from '../../../shared/vsm';

const metrics = new WeakMap<ValueStreamMapDoc, VsmMetricsResult>();
const comparisons = new WeakMap<
  ValueStreamMapDoc,
  WeakMap<ValueStreamMapDoc, MapComparisonResult>
>();

/**
 * A map's figures, computed once per document: a workshop report shows them in the summary
 * and in the map's section, and a report's documents are a snapshot that never changes.
 */
export function mapMetrics(map: ValueStreamMapDoc): VsmMetricsResult {
  let result = metrics.get(map);
  if (!result) metrics.set(map, (result = computeMetrics(map)));
  return result;
}

/**
 * A map against its linked current or future state, current first whichever side asks:
 * computed once per pair, which both maps' summaries and sections show.
 */
export function mapComparison(
  map: ValueStreamMapDoc,
  linked: ValueStreamMapDoc,
): { current: ValueStreamMapDoc; future: ValueStreamMapDoc; result: MapComparisonResult } {
  const [current, future] = map.state === 'current' ? [map, linked] : [linked, map];
  let byFuture = comparisons.get(current);
  if (!byFuture) comparisons.set(current, (byFuture = new WeakMap()));
  let result = byFuture.get(future);
  if (!result) byFuture.set(future, (result = compareMaps(current, future)));
  return { current, future, result };
}
