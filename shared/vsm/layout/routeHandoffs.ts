import type { FlowIndex } from '../flowIndex';
import type { Step } from '../ValueStreamMapDoc';
import type { RowAssignment } from './assignRows';
import { MAP_GEOMETRY, rowY } from './mapGeometry';
import type { HandoffPlacement, Point, StepPlacement } from './MapLayout';

const { gap, boxHeight } = MAP_GEOMETRY;
/** Vertical stretches of a detour run this far outside the boxes, clear of the triangles. */
const DETOUR_INSET = 14;
/**
 * Detours run along the channel this far above the lower row's boxes, leaving the upper part
 * of the channel (just under the data boxes) to the rework loops.
 */
const CHANNEL_LANE = 16;

/**
 * One line per handoff. A handoff that continues its row is straight; any other one leaves
 * the sender sideways, runs along the channel between rows and enters the receiver from the
 * left, so it never crosses a box. `top` is the top of the first row.
 */
export function routeHandoffs(
  steps: readonly Step[],
  flow: FlowIndex,
  rows: RowAssignment,
  placements: readonly StepPlacement[],
  top: number,
): HandoffPlacement[] {
  const handoffs: HandoffPlacement[] = [];
  for (let v = 0; v < steps.length; v++) {
    for (let e = flow.succStart[v]!; e < flow.succStart[v + 1]!; e++) {
      const s = flow.succList[e]!;
      const from = placements[v]!;
      const to = placements[s]!;
      const straight =
        from.row === to.row && (rows.continues[e] === 1 || to.column === from.column + 1);
      const critical =
        rows.spinePosition[v] !== -1 && rows.spinePosition[s] === rows.spinePosition[v]! + 1;
      const route = straight ? straightLine(from, to) : detour(from, to, top);
      handoffs.push({
        from: from.stepId,
        to: to.stepId,
        handoff: steps[s]!.predecessors[from.stepId]!,
        points: route.points,
        symbolAt: route.symbolAt,
        direction: route.direction,
        critical,
      });
    }
  }
  return handoffs;
}

function middleY(placement: StepPlacement): number {
  return placement.processBox.y + boxHeight / 2;
}

function straightLine(from: StepPlacement, to: StepPlacement) {
  const y = middleY(from);
  const right = from.processBox.x + from.processBox.width;
  return {
    points: [
      { x: right, y },
      { x: to.processBox.x, y },
    ],
    symbolAt: { x: to.processBox.x - gap / 2, y },
    direction: 1 as const,
  };
}

function detour(from: StepPlacement, to: StepPlacement, top: number) {
  const exitX = from.processBox.x + from.processBox.width + DETOUR_INSET;
  const enterX = to.processBox.x - DETOUR_INSET;
  // The channel next to the receiving row, on the side the line comes from.
  const channelY = (to.row > from.row ? rowY(to.row, top) : rowY(to.row + 1, top)) - CHANNEL_LANE;
  const points: Point[] = [
    { x: exitX - DETOUR_INSET, y: middleY(from) },
    { x: exitX, y: middleY(from) },
    { x: exitX, y: channelY },
    { x: enterX, y: channelY },
    { x: enterX, y: middleY(to) },
    { x: to.processBox.x, y: middleY(to) },
  ];
  return {
    points,
    symbolAt: { x: (exitX + enterX) / 2, y: channelY },
    direction: (enterX >= exitX ? 1 : -1) as 1 | -1,
  };
}
