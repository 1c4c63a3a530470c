import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../../shared/vsm/computeMetrics';
import {
  addInformationFlow,
  addReworkLoop,
  connectSteps,
} from '../../../../../shared/vsm/flowChanges';
import { addKaizen } from '../../../../../shared/vsm/kaizenChanges';
import { layoutMap } from '../../../../../shared/vsm/layout';
import type { MapLayout, StepPlacement } from '../../../../../shared/vsm/layout';
import { addStep } from '../../../../../shared/vsm/stepChanges';
import type { ValueStreamMapDoc } from '../../../../../shared/vsm/ValueStreamMapDoc';
import { branchedMap, emptyMap, hours, linearMap, sequentialIds } from '../vsmTestMaps';

function layoutOf(map: ValueStreamMapDoc): MapLayout {
  return layoutMap(map, computeMetrics(map));
}

function placementOf(layout: MapLayout, stepId: string): StepPlacement {
  const placement = layout.steps.find((step) => step.stepId === stepId);
  if (!placement) throw new Error(`no placement for ${stepId}`);
  return placement;
}

/** Column and row of each step, for compact assertions. */
function cells(layout: MapLayout): Record<string, [column: number, row: number]> {
  return Object.fromEntries(layout.steps.map((step) => [step.stepId, [step.column, step.row]]));
}

function expectNoSharedCells(layout: MapLayout): void {
  const taken = new Set(layout.steps.map((step) => `${step.column}:${step.row}`));
  expect(taken.size).toBe(layout.steps.length);
}

/** A → (B → C | D) → E, where the lower branch D is the longer one by lead time. */
function diamondWithLongLowerBranch(): ValueStreamMapDoc {
  const map = emptyMap();
  const ids = sequentialIds('s');
  addStep(map, { name: 'A', processTime: hours(1), wait: hours(1) }, ids);
  addStep(map, { name: 'B', processTime: hours(1), wait: hours(1), after: 's1' }, ids);
  addStep(map, { name: 'C', processTime: hours(1), wait: hours(1), after: 's2' }, ids);
  addStep(map, { name: 'D', processTime: hours(2), wait: hours(20), after: null }, ids);
  connectSteps(map, 's1', 's4', 'pull');
  addStep(map, { name: 'E', processTime: hours(1), wait: hours(1), after: 's3' }, ids);
  connectSteps(map, 's4', 's5', 'fifo');
  return map;
}

describe('layoutMap', () => {
  it('lays a linear stream out left to right on one row, each handoff a straight line', () => {
    const layout = layoutOf(
      linearMap([
        ['Build', 2, 0],
        ['Test', 1, 3],
        ['Ship', 1, 1],
      ]),
    );

    expect(cells(layout)).toEqual({ s1: [0, 0], s2: [1, 0], s3: [2, 0] });
    expect(layout.rowCount).toBe(1);
    expect(layout.columnCount).toBe(3);
    expect(
      layout.handoffs.map((h) => [h.from, h.to, h.handoff, h.points.length, h.critical]),
    ).toEqual([
      ['s1', 's2', 'push', 2, true],
      ['s2', 's3', 'push', 2, true],
    ]);
    const [build, test] = [placementOf(layout, 's1'), placementOf(layout, 's2')];
    expect(test.processBox.x).toBeGreaterThan(build.processBox.x + build.processBox.width);
    expect(test.dataBox.y).toBe(test.processBox.y + test.processBox.height);
  });

  it('puts inventory triangles only in front of steps where work waits', () => {
    const layout = layoutOf(
      linearMap(
        [
          ['Build', 2, 0],
          ['Test', 1, 3],
          ['Ship', 1, 0],
        ],
        [{}, {}, { queueSize: 4 }],
      ),
    );
    const test = placementOf(layout, 's2');

    expect(layout.inventories.map((inventory) => inventory.stepId)).toEqual(['s2', 's3']);
    const triangle = layout.inventories[0]!;
    expect(triangle.top.x).toBeLessThan(test.processBox.x);
    expect(triangle.top.x).toBeGreaterThan(
      placementOf(layout, 's1').processBox.x + test.processBox.width,
    );
  });

  it('draws the lead-time ladder along the critical path, wait rung before each box', () => {
    const layout = layoutOf(
      linearMap([
        ['Build', 2, 0],
        ['Test', 1, 3],
      ]),
    );
    const { steps, wave, waitY, processY } = layout.ladder;
    const [build, test] = [placementOf(layout, 's1'), placementOf(layout, 's2')];

    expect(steps.map((step) => [step.stepId, step.index])).toEqual([
      ['s1', 0],
      ['s2', 1],
    ]);
    expect(waitY).toBeLessThan(processY);
    expect(steps[1]).toMatchObject({
      waitFrom: build.processBox.x + build.processBox.width,
      processFrom: test.processBox.x,
      processTo: test.processBox.x + test.processBox.width,
    });
    expect(wave[0]).toEqual({ x: steps[0]!.waitFrom, y: waitY });
    expect(wave.at(-1)).toEqual({ x: steps[1]!.processTo, y: waitY });
    expect(layout.ladder.top).toBeGreaterThan(build.dataBox.y + build.dataBox.height);
    expect(layout.ladder.totalsAt.x).toBeGreaterThan(steps[1]!.processTo);
    expect(layout.width).toBeGreaterThan(layout.ladder.totalsAt.x);
  });

  it('puts a parallel branch on its own row and merges it back into the main row', () => {
    const map = branchedMap(5); // Fork → Upper → Upper → Join, Fork → Lower → Join
    const layout = layoutOf(map);

    expect(cells(layout)).toEqual({ s1: [0, 0], s2: [1, 0], s3: [2, 0], s4: [1, 1], s5: [3, 0] });
    const fork = layout.handoffs.find((h) => h.to === 's4')!;
    const merge = layout.handoffs.find((h) => h.from === 's4')!;
    expect([fork.handoff, merge.handoff]).toEqual(['fifo', 'pull']);
    // Both leave the row, so they run through the channel between the rows.
    expect(fork.points.length).toBeGreaterThan(2);
    expect(fork.symbolAt.y).toBeGreaterThan(placementOf(layout, 's1').dataBox.y);
    expect(fork.symbolAt.y).toBeLessThan(placementOf(layout, 's4').processBox.y);
    expect(merge.points.at(-1)).toEqual({
      x: placementOf(layout, 's5').processBox.x,
      y: placementOf(layout, 's5').processBox.y + placementOf(layout, 's5').processBox.height / 2,
    });
  });

  it('keeps the critical path on the main row even when it is the branch drawn second', () => {
    const layout = layoutOf(diamondWithLongLowerBranch());

    expect(placementOf(layout, 's4').row).toBe(0);
    expect(placementOf(layout, 's2').row).toBe(1);
    expect(placementOf(layout, 's3').row).toBe(1);
    expect(layout.handoffs.filter((h) => h.critical).map((h) => `${h.from}>${h.to}`)).toEqual([
      's1>s4',
      's4>s5',
    ]);
  });

  it('reuses the row of a branch that merged back for the next branch', () => {
    const layout = layoutOf(branchedMap(200));

    expect(layout.steps).toHaveLength(200);
    expect(layout.rowCount).toBe(2);
    expect(layout.columnCount).toBe(160);
    expectNoSharedCells(layout);
  });

  it('lays out a 200-step branched map the same way every time, every handoff running forward', () => {
    const map = branchedMap(200);
    const first = layoutOf(map);
    const again = layoutOf(structuredClone(map));

    expect(again).toEqual(first);
    for (const handoff of first.handoffs) {
      expect(placementOf(first, handoff.to).column).toBeGreaterThan(
        placementOf(first, handoff.from).column,
      );
      expect(handoff.direction).toBe(1);
    }
    expect(first.ladder.steps.length).toBe(first.columnCount);
  });

  it('separates steps that start their own unconnected branch', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 0],
    ]);
    addStep(map, { name: 'Side job', after: null }, () => 'side');

    const layout = layoutOf(map);
    expect(placementOf(layout, 'side').column).toBe(0);
    expectNoSharedCells(layout);
  });

  it('still lays out a flow that loops back on itself, the closing handoff running backward', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 1],
      ['Ship', 1, 0],
    ]);
    map.steps[0]!.predecessors.s3 = 'push'; // what two offline edits can merge into
    const metrics = computeMetrics(map);
    expect(metrics.ok).toBe(false);

    const layout = layoutMap(map, metrics);
    expect(cells(layout)).toEqual({ s1: [0, 0], s2: [1, 0], s3: [2, 0] });
    const back = layout.handoffs.find((h) => h.from === 's3' && h.to === 's1')!;
    expect(back.direction).toBe(-1);
    expect(layout.handoffs).toHaveLength(3);
    expect(layout.ladder.steps).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('places a step that lists itself as predecessor', () => {
    const map = linearMap([['Build', 1, 0]]);
    map.steps[0]!.predecessors.s1 = 'push';

    const layout = layoutMap(map, computeMetrics(map));
    expect(cells(layout)).toEqual({ s1: [0, 0] });
  });

  it('lays out an empty map with supplier left of customer', () => {
    const layout = layoutOf(emptyMap());

    expect(layout.steps).toEqual([]);
    expect(layout.customer.box.x).toBeGreaterThan(
      layout.supplier.box.x + layout.supplier.box.width,
    );
  });

  it('puts supplier top left and customer top right, above the first row', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
      ['D', 1, 0],
    ]);
    map.supplier = 'Backlog';
    map.customer = 'Users';
    const layout = layoutOf(map);
    const last = placementOf(layout, 's4').processBox;

    expect(layout.supplier).toMatchObject({ name: 'Backlog' });
    expect(layout.customer).toMatchObject({ name: 'Users' });
    expect(layout.customer.box.x + layout.customer.box.width).toBe(last.x + last.width);
    expect(layout.customer.box.y + layout.customer.box.height).toBeLessThan(last.y);
  });

  it('routes information flows from a party down to a step and between steps', () => {
    const map = linearMap([
      ['Plan', 1, 0],
      ['Build', 1, 0],
    ]);
    const ids = sequentialIds('f');
    addInformationFlow(
      map,
      { from: { party: 'customer' }, to: { stepId: 's1' }, kind: 'electronic', label: 'Orders' },
      ids,
    );
    addInformationFlow(map, { from: { stepId: 's1' }, to: { stepId: 's2' }, kind: 'manual' }, ids);
    const layout = layoutOf(map);
    const [orders, plan] = layout.informationFlows;
    const s1 = placementOf(layout, 's1').processBox;

    expect(orders).toMatchObject({ id: 'f1', kind: 'electronic', label: 'Orders' });
    expect(orders!.points[0]!.y).toBe(layout.customer.box.y + layout.customer.box.height);
    expect(orders!.points.at(-1)!.y).toBe(s1.y);
    expect(orders!.labelAt.y).toBeLessThan(s1.y);
    expect(plan!.points[0]!.y).toBe(s1.y);
  });

  it('curves a rework loop under the data boxes back to the upstream step', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 0],
    ]);
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 15 }, () => 'loop');
    const [loop] = layoutOf(map).reworkLoops;

    expect(loop).toMatchObject({ id: 'loop', fromStepId: 's2', toStepId: 's1', share: 15 });
    expect(loop!.start.x).toBeGreaterThan(loop!.end.x);
    expect(loop!.control1.y).toBeGreaterThan(loop!.start.y);
    expect(loop!.labelAt.y).toBeGreaterThan(loop!.start.y);
  });

  it('places kaizen bursts on their step, their handoff, or the whole stream', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 2],
    ]);
    const ids = sequentialIds('k');
    addKaizen(map, { attachedTo: { stepId: 's1' }, problem: 'Slow builds' }, ids);
    addKaizen(map, { attachedTo: { stepId: 's1' } }, ids);
    addKaizen(map, { attachedTo: { handoff: { from: 's1', to: 's2' } }, pdca: 'do' }, ids);
    addKaizen(map, { attachedTo: { map: true } }, ids);
    const layout = layoutOf(map);
    const [first, second, handoff, whole] = layout.kaizens;
    const build = placementOf(layout, 's1').processBox;

    expect(layout.kaizens.map((kaizen) => kaizen.anchor)).toEqual([
      'step',
      'step',
      'handoff',
      'map',
    ]);
    expect(first).toMatchObject({ kaizenId: 'k1', problem: 'Slow builds', pdca: 'plan' });
    expect(first!.center.x).toBeGreaterThan(build.x);
    expect(first!.center.x).toBeLessThanOrEqual(build.x + build.width);
    expect(second!.center.x).toBeLessThan(first!.center.x);
    expect(handoff!.center.x).toBe(layout.handoffs[0]!.symbolAt.x);
    expect(whole!.center.y).toBeLessThan(build.y);
  });

  it('draws a kaizen whose handoff is gone with the whole stream', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 2],
    ]);
    addKaizen(map, { attachedTo: { handoff: { from: 's1', to: 's2' } } }, () => 'k1');
    delete map.steps[1]!.predecessors.s1;

    expect(layoutOf(map).kaizens[0]!.anchor).toBe('map');
  });

  it('keeps a plain stream short enough to open at scale 1 in a 1280×720 window', () => {
    // The editor's canvas there is 550–580 px high (with a window title bar or without),
    // and 16 px are kept free above and below.
    const layout = layoutOf(
      linearMap(
        Array.from({ length: 8 }, (_, i) => [`Step ${i}`, 1, 2] as [string, number, number]),
      ),
    );
    expect(layout.height).toBeLessThanOrEqual(550 - 2 * 16);
  });

  it('makes room above the first row for as many information-flow lanes as it needs', () => {
    const map = linearMap([
      ['Build', 2, 0],
      ['Test', 1, 3],
    ]);
    const plain = layoutOf(map);
    addInformationFlow(map, { from: { party: 'customer' }, to: { stepId: 's1' }, kind: 'manual' });
    const oneFlow = layoutOf(map);
    addInformationFlow(map, { from: { stepId: 's2' }, to: { party: 'supplier' }, kind: 'manual' });
    const twoFlows = layoutOf(map);
    const lane = (layout: MapLayout, k: number) => layout.informationFlows[k]!.labelAt.y;
    const firstRow = (layout: MapLayout) => layout.steps[0]!.processBox.y;

    expect(firstRow(oneFlow)).toBeGreaterThan(firstRow(plain));
    expect(firstRow(twoFlows) - firstRow(oneFlow)).toBe(lane(twoFlows, 1) - lane(twoFlows, 0));
    expect(lane(oneFlow, 0)).toBeGreaterThan(oneFlow.supplier.box.y + oneFlow.supplier.box.height);
    expect(lane(twoFlows, 1)).toBeLessThan(firstRow(twoFlows));
  });

  it('keeps the ladder clear of a handoff that detours under the last row', () => {
    const map = linearMap([
      ['Intake', 1, 1],
      ['Review', 1, 1],
      ['Build', 1, 1],
    ]);
    connectSteps(map, 's1', 's3', 'push');
    const layout = layoutOf(map);
    const lowest = Math.max(...layout.handoffs.flatMap((h) => h.points.map((p) => p.y)));
    expect(layout.rowCount).toBe(1);
    expect(layout.ladder.top).toBeGreaterThanOrEqual(lowest + 14);
  });

  it('puts the ladder under the last row, clear of its rework loops', () => {
    const map = linearMap([
      ['Build', 2, 0],
      ['Test', 1, 3],
    ]);
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 20 });
    const layout = layoutOf(map);
    const loop = layout.reworkLoops[0]!;
    expect(layout.ladder.top).toBeGreaterThan(Math.max(loop.control1.y, loop.labelAt.y) + 4);
    expect(layout.height).toBeGreaterThanOrEqual(layout.ladder.top + 96);
  });
});
