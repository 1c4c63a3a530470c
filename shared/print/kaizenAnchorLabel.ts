import { findStep, type KaizenAnchor, type ValueStreamMapDoc } from '../vsm';

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
