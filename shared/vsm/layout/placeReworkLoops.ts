import type { ReworkLoop } from '../ValueStreamMapDoc';
import { MAP_GEOMETRY } from './mapGeometry';
import type { ReworkPlacement, StepPlacement } from './MapLayout';

const { boxWidth, channel } = MAP_GEOMETRY;

/**
 * Rework loops curve through the channel under the data boxes, from the sending step back to
 * the upstream one; loops sharing a channel dip to different depths so each stays readable.
 */
export function placeReworkLoops(
  loops: readonly ReworkLoop[],
  stepsById: ReadonlyMap<string, StepPlacement>,
): ReworkPlacement[] {
  const placed: ReworkPlacement[] = [];
  loops.forEach((loop, k) => {
    const from = stepsById.get(loop.fromStepId);
    const to = stepsById.get(loop.toStepId);
    if (!from || !to) return;
    const self = from === to;
    const start = {
      x: from.dataBox.x + boxWidth * (self ? 0.62 : 0.35),
      y: from.dataBox.y + from.dataBox.height,
    };
    const end = {
      x: to.dataBox.x + boxWidth * (self ? 0.38 : 0.65),
      y: to.dataBox.y + to.dataBox.height,
    };
    // Shallow enough to stay above the handoffs that run low in the same channel.
    const depth = channel * 0.4 + (k % 3) * 6;
    const bottom = Math.max(start.y, end.y) + depth;
    placed.push({
      id: loop.id,
      fromStepId: loop.fromStepId,
      toStepId: loop.toStepId,
      share: loop.share,
      start,
      control1: { x: start.x, y: bottom },
      control2: { x: end.x, y: bottom },
      end,
      // A cubic curve reaches three quarters of its control depth at its middle.
      labelAt: { x: (start.x + end.x) / 2, y: Math.max(start.y, end.y) + depth * 0.75 },
    });
  });
  return placed;
}
