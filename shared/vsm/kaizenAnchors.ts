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
