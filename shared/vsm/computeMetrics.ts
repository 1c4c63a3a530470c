import { indexFlow, type FlowIndex } from './flowIndex';
import {
  activityRatio,
  inventoryDays,
  rolledCompleteAndAccurate,
  taktMinutes,
} from './flowFormulas';
import { formatDuration, formatNumber, minutesPerUnit, toMinutes } from './timeUnits';
import type { TimeConventions, TimeUnit, ValueStreamMapDoc } from './ValueStreamMapDoc';

/** One step's figures; times in the result's `unit`. */
export interface StepMetrics {
  stepId: string;
  processTime: number;
  leadTime: number;
  /** Lead time − process time. */
  wait: number;
  /** When work can start here at the earliest, counted from the start of the stream. */
  start: number;
  onCriticalPath: boolean;
  /** Queue size / daily demand, when both are known. */
  inventoryDays: number | null;
}

/** Everything the map shows; times in `unit`, converted with `conventions`. */
export interface VsmMetrics {
  ok: true;
  unit: TimeUnit;
  conventions: TimeConventions;
  /** Σ LT along the critical path (the longest path by lead time). */
  leadTime: number;
  /** Σ PT along the same path. */
  processTime: number;
  /** Σ wait along the same path: leadTime − processTime. */
  totalWait: number;
  /** Σ PT / Σ LT × 100 on the critical path; null when the stream takes no time. */
  activityRatio: number | null;
  /** ∏ %C&A over all steps, in %; null without steps. */
  rolledCompleteAndAccurate: number | null;
  /** Expected extra lead time from rework loops. */
  reworkLeadTime: number;
  /** leadTime + reworkLeadTime. */
  expectedLeadTime: number;
  /** Available working time / demand; null without demand. */
  taktTime: number | null;
  stepCount: number;
  /** Connections between steps. */
  handoffCount: number;
  /** Step ids of the critical path, in flow order. */
  criticalPath: string[];
  /** The step with the longest wait (none when nothing waits): a red visual control. */
  biggestWaitStepId: string | null;
  /** The step with the lowest %C&A, which drags the rolled %C&A down most (none at 100 %). */
  worstCompleteAccurateStepId: string | null;
  /** Per step, in the same order as `map.steps`. */
  steps: StepMetrics[];
  /** How each figure was reached, for the coach to read out. */
  explanation: string[];
  /** Inconsistencies a merge can leave behind, and what the figures did about them. */
  warnings: string[];
}

/** The flow loops back on itself (possible only after concurrent edits merge). */
export interface VsmFlowLoop {
  ok: false;
  /** Step ids around the loop, in flow order. */
  cycle: string[];
  message: string;
}

export type VsmMetricsResult = VsmMetrics | VsmFlowLoop;

/**
 * All value stream metrics in one O(V + E) pass over the flow in topological order.
 *
 * Branches: lead time follows the longest path by lead time (parallel work overlaps).
 * Rolled %C&A multiplies over all steps, not just the critical path: with parallel branches
 * every branch must be done right for the item to pass, so every step's %C&A counts.
 * Rework: a loop sending share s back from B to upstream A adds s × (longest lead time from A
 * through B) to the expected lead time — one expected repeat of that segment, added to the
 * whole stream even if the segment is off the critical path (an upper bound, kept simple).
 */
export function computeMetrics(map: ValueStreamMapDoc): VsmMetricsResult {
  const { steps, timeConventions: conventions } = map;
  const flow = indexFlow(steps);
  if (!flow.order) return flowLoop(map, flow.cycle);
  const order = flow.order;
  const n = steps.length;
  const unit = conventions.displayUnit;
  const scale = minutesPerUnit(unit, conventions);
  const format = (minutes: number) => formatDuration({ value: minutes / scale, unit });
  const warnings: string[] = [];

  const process = new Float64Array(n);
  const lead = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const step = steps[i]!;
    process[i] = toMinutes(step.processTime, conventions);
    const stated = toMinutes(step.leadTime, conventions);
    // Same float tolerance as validation, so only a real inconsistency is reported.
    if (process[i]! - stated > 1e-9 * Math.max(1, stated)) {
      warnings.push(
        `“${step.name}”: process time is longer than lead time; lead time counted as ${format(process[i]!)}`,
      );
    }
    lead[i] = Math.max(stated, process[i]!);
  }
  if (flow.danglingCount > 0) {
    warnings.push(`${flow.danglingCount} connection(s) point to deleted steps and are ignored`);
  }

  const { start, criticalPath, onPath } = longestPath(flow, order, lead);
  let pathProcess = 0;
  let pathLead = 0;
  for (const i of criticalPath) {
    pathProcess += process[i]!;
    pathLead += lead[i]!;
  }

  const rework = reworkEffect(map, flow, order, lead, format, warnings);

  let biggestWait = -1;
  let worstAccurate = -1;
  const stepMetrics: StepMetrics[] = [];
  for (let i = 0; i < n; i++) {
    const step = steps[i]!;
    const wait = lead[i]! - process[i]!;
    if (wait > 0 && (biggestWait === -1 || wait > lead[biggestWait]! - process[biggestWait]!)) {
      biggestWait = i;
    }
    if (
      step.completeAndAccurate < 100 &&
      (worstAccurate === -1 || step.completeAndAccurate < steps[worstAccurate]!.completeAndAccurate)
    ) {
      worstAccurate = i;
    }
    stepMetrics.push({
      stepId: step.id,
      processTime: process[i]! / scale,
      leadTime: lead[i]! / scale,
      wait: wait / scale,
      start: start[i]! / scale,
      onCriticalPath: onPath[i] === 1,
      inventoryDays:
        map.demand && step.queueSize !== undefined
          ? inventoryDays(step.queueSize, map.demand, conventions)
          : null,
    });
  }

  const ratio = activityRatio(pathProcess, pathLead);
  const rolled = rolledCompleteAndAccurate(steps.map((step) => step.completeAndAccurate));
  const takt = map.demand ? taktMinutes(map.demand, conventions) : null;

  const explanation = [
    `Times in ${unit}, working time: 1 d = ${formatNumber(conventions.workingHoursPerDay)} h, 1 wk = ${formatNumber(conventions.workingDaysPerWeek)} d`,
    `Lead time ${format(pathLead)} = Σ lead time along the longest path (${criticalPath.length} of ${n} steps)`,
    `Process time ${format(pathProcess)} = Σ process time along the same path`,
    `Total wait ${format(pathLead - pathProcess)} = lead time − process time`,
    ratio === null
      ? 'Activity ratio: no lead time yet'
      : `Activity ratio ${formatNumber(ratio)} % = ${format(pathProcess)} / ${format(pathLead)} × 100`,
    rolled === null
      ? 'Rolled %C&A: no steps yet'
      : `Rolled %C&A ${formatNumber(rolled)} % = ∏ %C&A over all ${n} steps (every branch must be right)`,
    ...rework.explanation,
  ];
  if (map.demand && takt !== null) {
    explanation.push(
      `Takt time ${format(takt)} = 1 ${map.demand.per.replace(/s$/, '')} of working time / demand of ${formatNumber(map.demand.quantity)}`,
    );
  }

  return {
    ok: true,
    unit,
    conventions: { ...conventions },
    leadTime: pathLead / scale,
    processTime: pathProcess / scale,
    totalWait: (pathLead - pathProcess) / scale,
    activityRatio: ratio,
    rolledCompleteAndAccurate: rolled,
    reworkLeadTime: rework.minutes / scale,
    expectedLeadTime: (pathLead + rework.minutes) / scale,
    taktTime: takt === null ? null : takt / scale,
    stepCount: n,
    handoffCount: flow.edgeCount,
    criticalPath: criticalPath.map((i) => steps[i]!.id),
    biggestWaitStepId: biggestWait === -1 ? null : steps[biggestWait]!.id,
    worstCompleteAccurateStepId: worstAccurate === -1 ? null : steps[worstAccurate]!.id,
    steps: stepMetrics,
    explanation,
    warnings,
  };
}

/**
 * Earliest start of every step and the longest path by lead time. Ties go to the path found
 * first; the path ends at the latest-finishing step, the last such in flow order so trailing
 * zero-time steps stay on it.
 */
function longestPath(flow: FlowIndex, order: Int32Array, lead: Float64Array) {
  const n = order.length;
  const start = new Float64Array(n);
  const via = new Int32Array(n).fill(-1);
  let end = -1;
  let endFinish = -1;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const finish = start[v]! + lead[v]!;
    if (finish >= endFinish) {
      endFinish = finish;
      end = v;
    }
    for (let e = flow.succStart[v]!; e < flow.succStart[v + 1]!; e++) {
      const s = flow.succList[e]!;
      if (via[s] === -1 || finish > start[s]!) {
        start[s] = finish;
        via[s] = v;
      }
    }
  }
  const onPath = new Uint8Array(n);
  const criticalPath: number[] = [];
  for (let v = end; v !== -1; v = via[v]!) {
    criticalPath.push(v);
    onPath[v] = 1;
  }
  criticalPath.reverse();
  return { start, criticalPath, onPath };
}

/** Expected extra lead time of all rework loops, in minutes, with a sentence per loop. */
function reworkEffect(
  map: ValueStreamMapDoc,
  flow: FlowIndex,
  order: Int32Array,
  lead: Float64Array,
  format: (minutes: number) => string,
  warnings: string[],
): { minutes: number; explanation: string[] } {
  const loops = map.flows.rework;
  if (loops.length === 0) return { minutes: 0, explanation: [] };
  const position = new Int32Array(order.length);
  order.forEach((v, k) => (position[v] = k));
  const longest = new Float64Array(order.length);
  let minutes = 0;
  const explanation: string[] = [];
  for (const loop of loops) {
    const from = flow.indexOf.get(loop.fromStepId);
    const to = flow.indexOf.get(loop.toStepId);
    const segment =
      from === undefined || to === undefined
        ? -1
        : segmentLeadTime(flow, order, position, lead, longest, to, from);
    if (segment < 0) {
      warnings.push('A rework loop no longer goes back upstream and is ignored');
      continue;
    }
    const added = (loop.share / 100) * segment;
    minutes += added;
    const fromName = map.steps[from!]!.name;
    const toName = map.steps[to!]!.name;
    explanation.push(
      `Rework from “${fromName}” back to “${toName}” (${formatNumber(loop.share)} %) adds ${formatNumber(loop.share / 100)} × ${format(segment)} = ${format(added)} to the expected lead time`,
    );
  }
  return { minutes, explanation };
}

/** Longest lead time from `first` through `last` inclusive, or −1 if `last` is not downstream. */
function segmentLeadTime(
  flow: FlowIndex,
  order: Int32Array,
  position: Int32Array,
  lead: Float64Array,
  longest: Float64Array,
  first: number,
  last: number,
): number {
  if (first === last) return lead[first]!;
  if (position[first]! > position[last]!) return -1;
  longest.fill(-1);
  longest[first] = lead[first]!;
  for (let k = position[first]!; k < position[last]!; k++) {
    const v = order[k]!;
    if (longest[v]! < 0) continue;
    for (let e = flow.succStart[v]!; e < flow.succStart[v + 1]!; e++) {
      const s = flow.succList[e]!;
      const through = longest[v]! + lead[s]!;
      if (through > longest[s]!) longest[s] = through;
    }
  }
  return longest[last]!;
}

function flowLoop(map: ValueStreamMapDoc, cycle: number[]): VsmFlowLoop {
  const names = cycle.map((i) => `“${map.steps[i]!.name}”`);
  return {
    ok: false,
    cycle: cycle.map((i) => map.steps[i]!.id),
    message: `The flow loops back on itself (${[...names, names[0]].join(' → ')}). Disconnect one of these handoffs; record rework as a rework loop instead.`,
  };
}
