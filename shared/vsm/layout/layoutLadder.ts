import type { VsmMetricsResult } from '../computeMetrics';
import { MAP_GEOMETRY } from './mapGeometry';
import type { LadderLayout, LadderStep, Point, StepPlacement } from './MapLayout';

const { gap } = MAP_GEOMETRY;
const WAIT_LEVEL = 28;
const PROCESS_LEVEL = 64;

/**
 * The lead-time ladder (square wave) for the critical path only: it is the path that sets the
 * lead time, so its rungs add up to the totals at the right end. Each wait rung spans the gap
 * in front of its step (where the inventory triangle is), each process-time rung the box.
 */
export function layoutLadder(
  metrics: VsmMetricsResult,
  stepsById: ReadonlyMap<string, StepPlacement>,
  top: number,
  totalsX: number,
): LadderLayout {
  const steps: LadderStep[] = [];
  const wave: Point[] = [];
  const waitY = top + WAIT_LEVEL;
  const processY = top + PROCESS_LEVEL;
  for (const stepId of metrics.ok ? metrics.criticalPath : []) {
    const placement = stepsById.get(stepId);
    if (!placement) continue;
    const { x, width } = placement.processBox;
    const waitFrom = steps.at(-1)?.processTo ?? x - gap + 16;
    if (steps.length === 0) wave.push({ x: waitFrom, y: waitY });
    steps.push({ stepId, index: placement.index, waitFrom, processFrom: x, processTo: x + width });
    wave.push(
      { x, y: waitY },
      { x, y: processY },
      { x: x + width, y: processY },
      { x: x + width, y: waitY },
    );
  }
  return { steps, waitY, processY, wave, totalsAt: { x: totalsX, y: top + 6 }, top };
}
