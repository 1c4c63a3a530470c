import { computeMetrics, type VsmFlowLoop, type VsmMetrics } from './computeMetrics';
import { anchoredStepId } from './kaizenAnchors';
import { formatDuration, formatNumber, minutesPerUnit, UNIT_SYMBOLS } from './timeUnits';
import type { Kaizen, Step, TimeUnit, ValueStreamMapDoc } from './ValueStreamMapDoc';

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
  /**
   * Future steps matched to the current step they stand for (by the step they were derived
   * from, the same id, or else the same name), in future-map order.
   */
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

  const matches = matchSteps(currentMap.steps, futureMap.steps);
  const matchedCurrent = new Set(matches.values());
  const steps: StepComparison[] = [];
  const addedStepIds: string[] = [];
  futureMap.steps.forEach((futureStep, f) => {
    const c = matches.get(f);
    if (c === undefined) {
      addedStepIds.push(futureStep.id);
      return;
    }
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

/**
 * Which current step each future step stands for, as future index → current index. First by a
 * stable id — the step it was derived from, then the same id (a map compared with a copy of
 * itself) — then, for the steps left on both sides, by name, case and spacing aside, steps of
 * one name paired in map order. A step deleted and added again under its name is the same step
 * to the room, not one removed and one added. Each step is matched at most once.
 */
function matchSteps(current: readonly Step[], future: readonly Step[]): Map<number, number> {
  const byId = new Map(current.map((step, c) => [step.id, c]));
  const matches = new Map<number, number>();
  const taken = new Set<number>();
  const claim = (f: number, c: number | undefined) => {
    if (c === undefined || taken.has(c) || matches.has(f)) return;
    matches.set(f, c);
    taken.add(c);
  };
  future.forEach((step, f) => step.derivedFromStepId && claim(f, byId.get(step.derivedFromStepId)));
  future.forEach((step, f) => claim(f, byId.get(step.id)));

  const byName = new Map<string, number[]>();
  current.forEach((step, c) => {
    const key = nameKey(step.name);
    if (taken.has(c) || key === '') return;
    byName.set(key, [...(byName.get(key) ?? []), c]);
  });
  future.forEach((step, f) => {
    if (!matches.has(f)) claim(f, byName.get(nameKey(step.name))?.shift());
  });
  return matches;
}

/** A step's name as matched: "Release  Approval " is "release approval". */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
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
      `“${row.name}”: %C&A ${formatNumber(accurate.current!)} % → ${formatNumber(accurate.future!)} % (${signed(accurate.change)} pp)`,
    );
  }
  return lines;
}

function signed(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}
