import type { FlowEnd, InformationFlow } from '../ValueStreamMapDoc';
import { MAP_GEOMETRY, infoLaneY } from './mapGeometry';
import type { InformationFlowPlacement, PartyPlacement, Point, StepPlacement } from './MapLayout';

const { infoLanes, boxWidth } = MAP_GEOMETRY;
/** Flows meeting one box arrive side by side instead of on top of each other. */
const SPREAD = 18;
/** Lower rows are reached down the gap left of the box, clear of the inventory triangle. */
const SIDE_INSET = 30;
const ABOVE_BOX = 16;

/**
 * Information flows run in lanes between the parties and the first row: up from one end,
 * along a lane, down to the other. Flows naming a deleted step are left out.
 */
export function placeInformationFlows(
  flows: readonly InformationFlow[],
  stepsById: ReadonlyMap<string, StepPlacement>,
  parties: { supplier: PartyPlacement; customer: PartyPlacement },
): InformationFlowPlacement[] {
  const placed: InformationFlowPlacement[] = [];
  flows.forEach((flow, k) => {
    const laneY = infoLaneY(k % infoLanes);
    const offset = ((k % 3) - 1) * SPREAD;
    const from = approach(flow.from, laneY, offset, stepsById, parties);
    const to = approach(flow.to, laneY, offset, stepsById, parties);
    if (!from || !to) return;
    placed.push({
      id: flow.id,
      kind: flow.kind,
      label: flow.label,
      points: [...[...from].reverse(), ...to],
      labelAt: { x: (from[0]!.x + to[0]!.x) / 2, y: laneY },
    });
  });
  return placed;
}

/** The path from the lane down to one end of a flow, or undefined when the end is gone. */
function approach(
  end: FlowEnd,
  laneY: number,
  offset: number,
  stepsById: ReadonlyMap<string, StepPlacement>,
  parties: { supplier: PartyPlacement; customer: PartyPlacement },
): Point[] | undefined {
  if ('party' in end) {
    const { box } = parties[end.party];
    const x = box.x + box.width / 2 + offset;
    return [
      { x, y: laneY },
      { x, y: box.y + box.height },
    ];
  }
  const step = stepsById.get(end.stepId);
  if (!step) return undefined;
  const { x, y } = step.processBox;
  const centreX = x + boxWidth / 2 + offset;
  if (step.row === 0) {
    return [
      { x: centreX, y: laneY },
      { x: centreX, y },
    ];
  }
  return [
    { x: x - SIDE_INSET, y: laneY },
    { x: x - SIDE_INSET, y: y - ABOVE_BOX },
    { x: centreX, y: y - ABOVE_BOX },
    { x: centreX, y },
  ];
}
