/** Share of time lost by the number of services at once, from 0 to 4 (Weinberg). */
const LOSS = [0, 0, 0.2, 0.4, 0.6];

/**
 * Share of a person's time lost to switching between this many services at once (Weinberg,
 * Quality Software Management): 1 → 0, 2 → 20 %, 3 → 40 %, 4 → 60 %, 5 or more → 75 %.
 */
export function switchingLoss(services: number): number {
  return services >= 5 ? 0.75 : LOSS[Math.max(0, Math.floor(services))]!;
}

/** The FTE of real work left from `capacity` FTE spread over this many services. */
export function effectiveCapacity(capacity: number, services: number): number {
  return capacity * (1 - switchingLoss(services));
}
