import { anchorExists } from './kaizenAnchors';
import { leadsTo } from './stepLookup';
import type { FlowEnd, ValueStreamMapDoc } from './ValueStreamMapDoc';

/**
 * After a step or connection goes, drops the information flows and rework loops that no
 * longer make sense and moves kaizens whose step or handoff is gone to the whole map, so an
 * improvement plan is never deleted as a side effect.
 */
export function pruneStaleReferences(map: ValueStreamMapDoc): void {
  const stepIds = new Set(map.steps.map((step) => step.id));
  const endExists = (end: FlowEnd) => !('stepId' in end) || stepIds.has(end.stepId);

  const { information, rework } = map.flows;
  for (let i = information.length - 1; i >= 0; i--) {
    const flow = information[i]!;
    if (!endExists(flow.from) || !endExists(flow.to)) information.splice(i, 1);
  }
  for (let i = rework.length - 1; i >= 0; i--) {
    const loop = rework[i]!;
    const valid =
      stepIds.has(loop.fromStepId) &&
      stepIds.has(loop.toStepId) &&
      leadsTo(map, loop.toStepId, loop.fromStepId);
    if (!valid) rework.splice(i, 1);
  }
  for (const kaizen of map.kaizens) {
    if (!anchorExists(map, kaizen.attachedTo)) kaizen.attachedTo = { map: true };
  }
}
