import { toMinutes } from '../timeUnits';
import type { Step, TimeConventions } from '../ValueStreamMapDoc';
import { MAP_GEOMETRY } from './mapGeometry';
import type { InventoryPlacement, StepPlacement } from './MapLayout';

const { gap, boxHeight } = MAP_GEOMETRY;
const TRIANGLE_SIZE = 34;

/**
 * An inventory triangle in front of every step where work waits (a wait or a queue size),
 * in the gap under the incoming handoff line.
 */
export function placeInventories(
  steps: readonly Step[],
  conventions: TimeConventions,
  placements: readonly StepPlacement[],
): InventoryPlacement[] {
  const inventories: InventoryPlacement[] = [];
  steps.forEach((step, i) => {
    const waits = toMinutes(step.leadTime, conventions) > toMinutes(step.processTime, conventions);
    if (!waits && step.queueSize === undefined) return;
    const { x, y } = placements[i]!.processBox;
    inventories.push({
      stepId: step.id,
      index: i,
      top: { x: x - gap / 2, y: y + boxHeight / 2 + 12 },
      size: TRIANGLE_SIZE,
    });
  });
  return inventories;
}
