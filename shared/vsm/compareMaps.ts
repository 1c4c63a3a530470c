import { computeMetrics, type VsmFlowLoop, type VsmMetrics } from './computeMetrics';
import { anchoredStepId } from './kaizenAnchors';
import { formatDuration, formatNumber, minutesPerUnit, UNIT_SYMBOLS } from './timeUnits';
import type { Kaizen, TimeUnit, ValueStreamMapDoc } from './ValueStreamMapDoc';

/** A figure in both maps; `change` is future − current (null when either is missing). */
export interface MetricDelta {
  current: number | null;
  future: number | null;
  change: number | null;
}

export interface StepComparison {
  currentStepId: string;
  futureStepId: string;
  name: string;
  processTime: MetricDelta;
  leadTime: MetricDelta;
  wait: MetricDelta;
  completeAndAccurate: MetricDelta;
  changed: boolean;
  /** Kaizens (from either map) that account for this step's change. */
  kaizenIds: string[];
}

/** What one kaizen accounts for: the changes at the step it is attached to. */
export interface KaizenEffect {
  kaizenId: string;
  map: 'current' | 'future';
  problem: string;
  changes: string[];
}

export interface MapComparison {
  ok: true;
  /** Unit of every time in the comparison: the current map's display unit. */
  unit: TimeUnit;
  current: VsmMetrics;
  future: VsmMetrics;
  totals: {
    leadTime: MetricDelta;
    processTime: MetricDelta;
    totalWait: MetricDelta;
    activityRatio: MetricDelta;
    rolledCompleteAndAccurate: MetricDelta;
  };
  /** Future steps matched to the current step they were derived from, in future-map order. */
  steps: StepComparison[];
  /** Future steps with no current counterpart. */
  addedStepIds: string[];
  /** Current steps with no future counterpart. */
  removedStepIds: string[];
  kaizenEffects: KaizenEffect[];
}

export type MapComparisonResult = MapComparison | (VsmFlowLoop & { map: 'current' | 'future' });

/**
 * Current and future state side by side. Future times are converted into the current map's
 * unit (through minutes, each map with its own working day). A kaizen accounts for the
 * changes of the step it is attached to — for a handoff, the receiving step, whose lead time
 * holds the wait before it. Kaizens of the current map that were copied into the future map
 * are counted once, from the future map.
 */
export function compareMaps(
  currentMap: ValueStreamMapDoc,
  futureMap: ValueStreamMapDoc,
): MapComparisonResult {
  const current = computeMetrics(currentMap);
  if (!current.ok) return { ...current, map: 'current' };
  const future = computeMetrics(futureMap);
  if (!future.ok) return { ...future, map: 'future' };

  const unit = current.unit;
  const factor =
    minutesPerUnit(future.unit, futureMap.timeConventions) /
    minutesPerUnit(unit, currentMap.timeConventions);
  const time = (currentValue: number | null, futureValue: number | null) =>
    delta(currentValue, futureValue === null ? null : futureValue * factor);

  const currentIndex = new Map(currentMap.steps.map((step, i) => [step.id, i]));
  const matchedCurrent = new Set<number>();
  const steps: StepComparison[] = [];
  const addedStepIds: string[] = [];
  futureMap.steps.forEach((futureStep, f) => {
    const c =
      futureStep.derivedFromStepId === undefined
        ? undefined
        : currentIndex.get(futureStep.derivedFromStepId);
    if (c === undefined || matchedCurrent.has(c)) {
      addedStepIds.push(futureStep.id);
      return;
    }
    matchedCurrent.add(c);
    const before = current.steps[c]!;
    const after = future.steps[f]!;
    const row: StepComparison = {
      currentStepId: before.stepId,
      futureStepId: after.stepId,
      name: futureStep.name,
      processTime: time(before.processTime, after.processTime),
      leadTime: time(before.leadTime, after.leadTime),
      wait: time(before.wait, after.wait),
      completeAndAccurate: delta(
        currentMap.steps[c]!.completeAndAccurate,
        futureStep.completeAndAccurate,
      ),
      changed: false,
      kaizenIds: [],
    };
    row.changed = [row.processTime, row.leadTime, row.wait, row.completeAndAccurate].some(
      (d) => d.change !== null && Math.abs(d.change) > 1e-9,
    );
    steps.push(row);
  });
  const removedStepIds = currentMap.steps
    .filter((_, c) => !matchedCurrent.has(c))
    .map((step) => step.id);

  const kaizenEffects = attributeKaizens(currentMap, futureMap, steps, removedStepIds, unit);

  return {
    ok: true,
    unit,
    current,
    future,
    totals: {
      leadTime: time(current.leadTime, future.leadTime),
      processTime: time(current.processTime, future.processTime),
      totalWait: time(current.totalWait, future.totalWait),
      activityRatio: delta(current.activityRatio, future.activityRatio),
      rolledCompleteAndAccurate: delta(
        current.rolledCompleteAndAccurate,
        future.rolledCompleteAndAccurate,
      ),
    },
    steps,
    addedStepIds,
    removedStepIds,
    kaizenEffects,
  };
}

function delta(current: number | null, future: number | null): MetricDelta {
  return { current, future, change: current === null || future === null ? null : future - current };
}

function attributeKaizens(
  currentMap: ValueStreamMapDoc,
  futureMap: ValueStreamMapDoc,
  steps: StepComparison[],
  removedStepIds: string[],
  unit: TimeUnit,
): KaizenEffect[] {
  const byFutureStep = new Map(steps.map((row) => [row.futureStepId, row]));
  const byCurrentStep = new Map(steps.map((row) => [row.currentStepId, row]));
  const removed = new Map(
    currentMap.steps
      .filter((step) => removedStepIds.includes(step.id))
      .map((step) => [step.id, step.name]),
  );
  const copiedIntoFuture = new Set(futureMap.kaizens.map((kaizen) => kaizen.derivedFromKaizenId));
  const effects: KaizenEffect[] = [];

  const attribute = (kaizen: Kaizen, map: 'current' | 'future', row?: StepComparison) => {
    if (!row?.changed) return;
    row.kaizenIds.push(kaizen.id);
    effects.push({
      kaizenId: kaizen.id,
      map,
      problem: kaizen.problem,
      changes: describe(row, unit),
    });
  };
  for (const kaizen of futureMap.kaizens) {
    attribute(kaizen, 'future', byFutureStep.get(anchoredStepId(kaizen.attachedTo) ?? ''));
  }
  for (const kaizen of currentMap.kaizens) {
    if (copiedIntoFuture.has(kaizen.id)) continue;
    const stepId = anchoredStepId(kaizen.attachedTo) ?? '';
    const removedName = removed.get(stepId);
    if (removedName !== undefined) {
      effects.push({
        kaizenId: kaizen.id,
        map: 'current',
        problem: kaizen.problem,
        changes: [`“${removedName}” is no longer in the future state`],
      });
    } else attribute(kaizen, 'current', byCurrentStep.get(stepId));
  }
  return effects;
}

/** “QA: wait 4 h → 1 h (−3 h)” lines for the figures that changed. */
function describe(row: StepComparison, unit: TimeUnit): string[] {
  const lines: string[] = [];
  const times = [
    ['process time', row.processTime],
    ['lead time', row.leadTime],
    ['wait', row.wait],
  ] as const;
  for (const [label, d] of times) {
    if (d.change === null || Math.abs(d.change) <= 1e-9) continue;
    const show = (value: number) => formatDuration({ value, unit });
    lines.push(
      `“${row.name}”: ${label} ${show(d.current!)} → ${show(d.future!)} (${signed(d.change)} ${UNIT_SYMBOLS[unit]})`,
    );
  }
  const accurate = row.completeAndAccurate;
  if (accurate.change !== null && Math.abs(accurate.change) > 1e-9) {
    lines.push(
      `“${row.name}”: %C&A ${formatNumber(accurate.current!)} % → ${formatNumber(accurate.future!)} % (${signed(accurate.change)} %)`,
    );
  }
  return lines;
}

function signed(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}
