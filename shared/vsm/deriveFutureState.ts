import { randomId, type IdFactory } from './ids';
import { newValueStreamMap } from './mapChanges';
import { MAX_LINE_LENGTH } from '../workshop/workshopSchema';
import type { FlowEnd, HandoffType, KaizenAnchor, ValueStreamMapDoc } from './ValueStreamMapDoc';

const FUTURE_SUFFIX = ' (future state)';

export interface DeriveOptions {
  /** The current map's automerge URL, stored as the future map's link back. */
  currentMapUrl?: string;
  newId?: IdFactory;
}

/**
 * A future-state map to redesign from: the current map's steps, flows and kaizens (the plan)
 * copied with fresh ids, each step remembering the current step it came from so the two maps
 * can be compared. The caller links the current map to the new one with `updateMapDetails`.
 */
export function deriveFutureState(
  current: ValueStreamMapDoc,
  now: number,
  options: DeriveOptions = {},
): ValueStreamMapDoc {
  const newId = options.newId ?? randomId;
  const future = newValueStreamMap(
    {
      title: current.title.slice(0, MAX_LINE_LENGTH - FUTURE_SUFFIX.length) + FUTURE_SUFFIX,
      scope: current.scope,
      customer: current.customer,
      supplier: current.supplier,
      timeConventions: current.timeConventions,
      state: 'future',
      linkedMapUrl: options.currentMapUrl ?? null,
      demand: current.demand ?? null,
    },
    now,
  );

  const stepIds = new Map(current.steps.map((step) => [step.id, newId()]));

  for (const step of current.steps) {
    const predecessors: Record<string, HandoffType> = {};
    for (const [predId, handoff] of Object.entries(step.predecessors)) {
      const copied = stepIds.get(predId);
      if (copied) predecessors[copied] = handoff;
    }
    future.steps.push({
      ...plainCopy(step),
      id: stepIds.get(step.id)!,
      definitionOfDone: step.definitionOfDone.map((criterion) => ({
        ...criterion,
        id: newId(),
      })),
      predecessors,
      derivedFromStepId: step.id,
    });
  }

  const copyEnd = (end: FlowEnd): FlowEnd | undefined => {
    if (!('stepId' in end)) return { party: end.party };
    const stepId = stepIds.get(end.stepId);
    return stepId ? { stepId } : undefined;
  };
  for (const flow of current.flows.information) {
    const from = copyEnd(flow.from);
    const to = copyEnd(flow.to);
    if (from && to) future.flows.information.push({ ...flow, id: newId(), from, to });
  }
  for (const loop of current.flows.rework) {
    const fromStepId = stepIds.get(loop.fromStepId);
    const toStepId = stepIds.get(loop.toStepId);
    if (fromStepId && toStepId) {
      future.flows.rework.push({ id: newId(), fromStepId, toStepId, share: loop.share });
    }
  }

  const copyAnchor = (anchor: KaizenAnchor): KaizenAnchor => {
    if ('stepId' in anchor) {
      const stepId = stepIds.get(anchor.stepId);
      return stepId ? { stepId } : { map: true };
    }
    if ('handoff' in anchor) {
      const from = stepIds.get(anchor.handoff.from);
      const to = stepIds.get(anchor.handoff.to);
      return from && to ? { handoff: { from, to } } : { map: true };
    }
    return { map: true };
  };
  for (const kaizen of current.kaizens) {
    future.kaizens.push({
      ...plainCopy(kaizen),
      id: newId(),
      attachedTo: copyAnchor(kaizen.attachedTo),
      derivedFromKaizenId: kaizen.id,
    });
  }
  return future;
}

/** A detached copy of document data (which holds no undefined, functions or dates). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
