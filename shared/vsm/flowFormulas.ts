import { minutesPerUnit } from './timeUnits';
import type { Demand, TimeConventions } from './ValueStreamMapDoc';

/** Flow efficiency: Σ PT / Σ LT × 100 %; undefined for a stream that takes no time. */
export function activityRatio(processTime: number, leadTime: number): number | null {
  return leadTime > 0 ? (processTime / leadTime) * 100 : null;
}

/** First-pass yield: ∏ (%C&A / 100) × 100 %; undefined for a map without steps. */
export function rolledCompleteAndAccurate(percentages: readonly number[]): number | null {
  if (percentages.length === 0) return null;
  let product = 1;
  for (const percent of percentages) product *= percent / 100;
  return product * 100;
}

/** Available working time / demand in that time, in minutes per item. */
export function taktMinutes(demand: Demand, conventions: TimeConventions): number {
  return minutesPerUnit(demand.per, conventions) / demand.quantity;
}

/** Queue quantity / daily demand: how many working days of demand wait in the queue. */
export function inventoryDays(
  queueSize: number,
  demand: Demand,
  conventions: TimeConventions,
): number {
  const dailyDemand =
    (demand.quantity * minutesPerUnit('days', conventions)) /
    minutesPerUnit(demand.per, conventions);
  return queueSize / dailyDemand;
}
