import { randomId, type IdFactory } from './ids';
import { newValueStreamMap } from './mapChanges';
import { MAX_LINE_LENGTH } from '../workshop/workshopSchema';
import type { FlowEnd, HandoffType, KaizenAnchor, ValueStreamMapDoc } from './ValueStreamMapDoc';

const FUTURE_PREFIX = 'Future state — ';
/** Words that name the current state in a title, and what they become in the future one. */
const STATE_WORDS: [pattern: RegExp, first: string, second: string][] = [
  [/\b(current)([ -])(state)\b/i, 'future', 'state'],
  [/\b(as)(-)(is)\b/i, 'to', 'be'],
];

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
      title: futureTitle(current.title),
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

/**
 * The future map's name: the current map's with "current state" (or "as-is") turned into
 * "future state" ("to-be"), in the same case; otherwise prefixed with "Future state — ".
 * Either way the name says which state it is where a long title gets cut at its end.
 */
function futureTitle(title: string): string {
  for (const [pattern, first, second] of STATE_WORDS) {
    if (!pattern.test(title)) continue;
    const renamed = title.replace(
      pattern,
      (_match, one: string, gap: string, two: string) =>
        `${sameCase(first, one)}${gap}${sameCase(second, two)}`,
    );
    return renamed.slice(0, MAX_LINE_LENGTH);
  }
  return (FUTURE_PREFIX + title).slice(0, MAX_LINE_LENGTH);
}

/** `word` in the case of `model`: upper, capitalised or lower. */
function sameCase(word: string, model: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] === model[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** A detached copy of document data (which holds no undefined, functions or dates). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
