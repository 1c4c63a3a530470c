import { findStep } from './stepLookup';
import type { KaizenAnchor, ValueStreamMapDoc } from './ValueStreamMapDoc';

/** Whether the step or handoff a kaizen sits on is still in the map. */
export function anchorExists(map: ValueStreamMapDoc, anchor: KaizenAnchor): boolean {
  if ('stepId' in anchor) return map.steps.some((step) => step.id === anchor.stepId);
  if ('handoff' in anchor) {
    const { from, to } = anchor.handoff;
    return map.steps.some((step) => step.id === to && from in step.predecessors);
  }
  return true;
}

/** The step whose figures a kaizen addresses: a handoff's wait shows in the receiving step. */
export function anchoredStepId(anchor: KaizenAnchor): string | undefined {
  if ('stepId' in anchor) return anchor.stepId;
  if ('handoff' in anchor) return anchor.handoff.to;
  return undefined;
}

export function sameAnchor(a: KaizenAnchor, b: KaizenAnchor): boolean {
  return anchorKey(a) === anchorKey(b);
}

function anchorKey(anchor: KaizenAnchor): string {
  if ('stepId' in anchor) return `step:${anchor.stepId}`;
  if ('handoff' in anchor) return `handoff:${anchor.handoff.from}>${anchor.handoff.to}`;
  return 'map';
}

/** Where a kaizen sits, in words: a step's name, "A → B" for a handoff, or the whole stream. */
export function kaizenAnchorLabel(map: ValueStreamMapDoc, anchor: KaizenAnchor): string {
  if ('stepId' in anchor) return findStep(map, anchor.stepId)?.name ?? 'a removed step';
  if ('handoff' in anchor) {
    const from = findStep(map, anchor.handoff.from)?.name ?? '?';
    const to = findStep(map, anchor.handoff.to)?.name ?? '?';
    return `${from} → ${to}`;
  }
  return 'the whole stream';
}
