import type { MapLayout, StepPlacement } from './MapLayout';

export type MapDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The step keyboard navigation moves to. Left / right follow the flow (a predecessor or
 * successor, the one on the same row first); up / down jump to the nearest branch row above
 * or below, to the step nearest in column. Null when there is nowhere to go.
 */
export function neighbourStep(
  layout: MapLayout,
  stepId: string,
  direction: MapDirection,
): string | null {
  const byId = new Map(layout.steps.map((placement) => [placement.stepId, placement]));
  const current = byId.get(stepId);
  if (!current) return null;
  if (direction === 'left' || direction === 'right') {
    const candidates: StepPlacement[] = [];
    for (const handoff of layout.handoffs) {
      const other =
        direction === 'right'
          ? handoff.from === stepId && byId.get(handoff.to)
          : handoff.to === stepId && byId.get(handoff.from);
      if (other && other !== current) candidates.push(other);
    }
    return (
      closest(candidates, current, (a) => [Math.abs(a.row - current.row), a.column])?.stepId ?? null
    );
  }
  const above = direction === 'up';
  const candidates = layout.steps.filter((placement) =>
    above ? placement.row < current.row : placement.row > current.row,
  );
  return (
    closest(candidates, current, (a) => [
      Math.abs(a.row - current.row),
      Math.abs(a.column - current.column),
      a.column,
    ])?.stepId ?? null
  );
}

/** The candidate with the smallest key, compared entry by entry. */
function closest(
  candidates: readonly StepPlacement[],
  current: StepPlacement,
  key: (candidate: StepPlacement) => number[],
): StepPlacement | undefined {
  let best: StepPlacement | undefined;
  let bestKey: number[] = [];
  for (const candidate of candidates) {
    if (candidate === current) continue;
    const candidateKey = key(candidate);
    if (!best || isSmaller(candidateKey, bestKey)) {
      best = candidate;
      bestKey = candidateKey;
    }
  }
  return best;
}

function isSmaller(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]!;
  }
  return false;
}
