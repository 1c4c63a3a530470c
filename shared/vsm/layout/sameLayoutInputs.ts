import type { VsmMetricsResult } from '../computeMetrics';
import { toMinutes } from '../timeUnits';
import type {
  Kaizen,
  MapFlows,
  Step,
  TimeConventions,
  ValueStreamMapDoc,
} from '../ValueStreamMapDoc';

/**
 * Whether two versions of a map lay out identically, so the previous layout (and every drawn
 * item that depends only on it) can be kept. Most edits change a name, a time or a %C&A and
 * leave the layout alone. O(V + E) without allocating; unchanged objects (Automerge keeps
 * their identity across changes) are skipped at once, anything else is compared by value.
 */
export function sameLayoutInputs(
  before: ValueStreamMapDoc,
  beforeMetrics: VsmMetricsResult,
  after: ValueStreamMapDoc,
  afterMetrics: VsmMetricsResult,
): boolean {
  return (
    before.customer === after.customer &&
    before.supplier === after.supplier &&
    sameConventions(before.timeConventions, after.timeConventions) &&
    sameSteps(before.steps, after.steps, after.timeConventions) &&
    sameFlows(before.flows, after.flows) &&
    sameKaizens(before.kaizens, after.kaizens) &&
    sameSpine(beforeMetrics, afterMetrics)
  );
}

function sameConventions(a: TimeConventions, b: TimeConventions): boolean {
  return (
    a === b ||
    (a.workingHoursPerDay === b.workingHoursPerDay && a.workingDaysPerWeek === b.workingDaysPerWeek)
  );
}

/** Same steps in the same order, same handoffs, and an inventory triangle in the same places. */
function sameSteps(a: readonly Step[], b: readonly Step[], conventions: TimeConventions): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (
      x.id !== y.id ||
      (x.queueSize === undefined) !== (y.queueSize === undefined) ||
      waits(x, conventions) !== waits(y, conventions) ||
      !sameRecord(x.predecessors, y.predecessors)
    ) {
      return false;
    }
  }
  return true;
}

function waits(step: Step, conventions: TimeConventions): boolean {
  return toMinutes(step.leadTime, conventions) > toMinutes(step.processTime, conventions);
}

function sameRecord(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

function sameFlows(a: MapFlows, b: MapFlows): boolean {
  return (
    (a.information === b.information ||
      sameList(
        a.information,
        b.information,
        (x, y) =>
          x.id === y.id &&
          x.kind === y.kind &&
          x.label === y.label &&
          endKey(x.from) === endKey(y.from) &&
          endKey(x.to) === endKey(y.to),
      )) &&
    (a.rework === b.rework ||
      sameList(
        a.rework,
        b.rework,
        (x, y) =>
          x.id === y.id &&
          x.fromStepId === y.fromStepId &&
          x.toStepId === y.toStepId &&
          x.share === y.share,
      ))
  );
}

function endKey(end: { stepId: string } | { party: string }): string {
  return 'stepId' in end ? end.stepId : `party:${end.party}`;
}

function sameKaizens(a: readonly Kaizen[], b: readonly Kaizen[]): boolean {
  return (
    a === b ||
    sameList(
      a,
      b,
      (x, y) =>
        x.id === y.id &&
        x.problem === y.problem &&
        x.pdca === y.pdca &&
        anchorKey(x) === anchorKey(y),
    )
  );
}

function anchorKey({ attachedTo }: Kaizen): string {
  if ('stepId' in attachedTo) return attachedTo.stepId;
  if ('handoff' in attachedTo) return `${attachedTo.handoff.from}>${attachedTo.handoff.to}`;
  return '';
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || same(x, b[i]!));
}

/** The critical path decides the main row and the ladder. */
function sameSpine(a: VsmMetricsResult, b: VsmMetricsResult): boolean {
  if (!a.ok || !b.ok) return a.ok === b.ok;
  const x = a.criticalPath;
  const y = b.criticalPath;
  return x === y || (x.length === y.length && x.every((id, i) => id === y[i]));
}
