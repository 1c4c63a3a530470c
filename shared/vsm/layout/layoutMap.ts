import type { VsmMetricsResult } from '../computeMetrics';
import { indexFlow, type FlowIndex } from '../flowIndex';
import type { ValueStreamMapDoc } from '../ValueStreamMapDoc';
import { assignRows } from './assignRows';
import { layoutLadder } from './layoutLadder';
import {
  COLUMNS_LEFT,
  DATA_BOX_HEIGHT,
  LADDER_RAISE,
  MAP_GEOMETRY,
  columnX,
  rowY,
  rowsTop,
} from './mapGeometry';
import type { HandoffPlacement, MapLayout, PartyPlacement, StepPlacement } from './MapLayout';
import { placeInformationFlows } from './placeInformationFlows';
import { placeInventories } from './placeInventories';
import { handoffKey, placeKaizens } from './placeKaizens';
import { placeReworkLoops } from './placeReworkLoops';
import { rankColumns } from './rankColumns';
import { routeHandoffs } from './routeHandoffs';

const { margin, boxWidth, boxHeight, partyWidth, partyHeight, kaizenSpacing } = MAP_GEOMETRY;
const { ladderHeight, ladderTotalsWidth } = MAP_GEOMETRY;
/** Room between a handoff's line (and its push / pull / FIFO symbol) and the ladder. */
const HANDOFF_CLEARANCE = 20;

/**
 * Positions everything the value stream map draws, deterministically and in O(V + E): steps
 * left to right in flow order, one column per topological rank (the longest path from a
 * source), the critical path on the main row and parallel branches on rows below it, merging
 * back where they join. A loop left by concurrent edits still lays out (its closing handoff
 * runs backward); the ladder then stays empty because there is no lead time to show.
 */
export function layoutMap(map: ValueStreamMapDoc, metrics: VsmMetricsResult): MapLayout {
  const { steps } = map;
  const flow = indexFlow(steps);
  const ranks = rankColumns(flow);
  const spine: number[] = [];
  if (metrics.ok) {
    for (const id of metrics.criticalPath) {
      const index = flow.indexOf.get(id);
      if (index !== undefined) spine.push(index);
    }
  }
  const rows = assignRows(flow, ranks, spine);
  const top = rowsTop(map.flows.information.length);

  const placements: StepPlacement[] = steps.map((step, index) => {
    const column = ranks.column[index]!;
    const row = rows.row[index]!;
    const x = columnX(column);
    const y = rowY(row, top);
    return {
      stepId: step.id,
      index,
      column,
      row,
      processBox: { x, y, width: boxWidth, height: boxHeight },
      dataBox: { x, y: y + boxHeight, width: boxWidth, height: DATA_BOX_HEIGHT },
    };
  });
  const stepsById = new Map(placements.map((placement) => [placement.stepId, placement]));
  const handoffs = routeHandoffs(steps, flow, rows, placements, top);
  const handoffsByKey = new Map<string, HandoffPlacement>(
    handoffs.map((handoff) => [handoffKey(handoff.from, handoff.to), handoff]),
  );

  const supplier: PartyPlacement = {
    party: 'supplier',
    name: map.supplier,
    box: { x: margin, y: margin, width: partyWidth, height: partyHeight },
  };
  const kaizens = placeKaizens(map.kaizens, stepsById, handoffsByKey, supplier);
  const mapKaizens = kaizens.filter((kaizen) => kaizen.anchor === 'map').length;
  const columnsRight =
    ranks.columnCount > 0 ? columnX(ranks.columnCount - 1) + boxWidth : COLUMNS_LEFT + boxWidth;
  // A short map still keeps the customer clear of the supplier and the whole-stream kaizens.
  const partiesRight = Math.max(
    columnsRight,
    margin + 2 * partyWidth + 140 + mapKaizens * kaizenSpacing,
  );
  const customer: PartyPlacement = {
    party: 'customer',
    name: map.customer,
    box: { x: partiesRight - partyWidth, y: margin, width: partyWidth, height: partyHeight },
  };

  // Under the last row's rework loops, and under any handoff detouring below that row.
  let ladderTop = rowY(Math.max(rows.rowCount, 1), top) - LADDER_RAISE;
  for (const handoff of handoffs) {
    for (const point of handoff.points) {
      ladderTop = Math.max(ladderTop, point.y + HANDOFF_CLEARANCE);
    }
  }
  const totalsX = columnsRight + 28;
  const ladder = layoutLadder(metrics, stepsById, ladderTop, totalsX);
  return {
    steps: placements,
    inventories: placeInventories(steps, map.timeConventions, placements),
    handoffs,
    informationFlows: placeInformationFlows(map.flows.information, stepsById, {
      supplier,
      customer,
    }),
    reworkLoops: placeReworkLoops(map.flows.rework, stepsById),
    supplier,
    customer,
    kaizens,
    ladder,
    columnCount: ranks.columnCount,
    rowCount: rows.rowCount,
    branched: isBranched(flow),
    width: Math.max(partiesRight, totalsX + ladderTotalsWidth) + margin,
    height: ladderTop + ladderHeight + margin,
  };
}

function isBranched(flow: FlowIndex): boolean {
  const n = flow.succStart.length - 1;
  const incoming = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (flow.succStart[v + 1]! - flow.succStart[v]! > 1) return true;
  }
  for (const s of flow.succList) {
    if (incoming[s]) return true;
    incoming[s] = 1;
  }
  return false;
}
