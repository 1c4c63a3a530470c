import { z } from 'zod';
import { randomId, type IdFactory } from './ids';
import { pruneStaleReferences } from './pruneStaleReferences';
import { informationFlowFieldsSchema, reworkShareSchema } from './schemas/flowSchemas';
import { leadsTo, requireStep } from './stepLookup';
import type {
  FlowEnd,
  HandoffType,
  InformationFlow,
  InformationFlowKind,
  ValueStreamMapDoc,
} from './ValueStreamMapDoc';
import { HANDOFF_TYPES, INFORMATION_FLOW_KINDS } from './ValueStreamMapDoc';
import { lineSchema } from './schemas/fieldSchemas';
import { parseOrThrow, VsmValidationError } from './VsmValidationError';

const handoffInputSchema = z.object({
  handoff: z.enum(HANDOFF_TYPES, { error: 'A handoff is push, pull or FIFO' }),
});

/**
 * Connects two steps (or changes the handoff type of an existing connection). Refuses a
 * connection that would send work round in a loop; rework is modelled as a rework loop.
 */
export function connectSteps(
  map: ValueStreamMapDoc,
  fromId: string,
  toId: string,
  handoff: HandoffType = 'push',
): void {
  parseOrThrow(handoffInputSchema, { handoff });
  const from = requireStep(map, fromId, 'from');
  const to = requireStep(map, toId, 'to');
  if (fromId === toId) throw new VsmValidationError('to', 'A step cannot hand work to itself');
  if (to.predecessors[fromId] === handoff) return;
  if (!(fromId in to.predecessors) && leadsTo(map, toId, fromId)) {
    throw new VsmValidationError(
      'to',
      `Connecting “${from.name}” to “${to.name}” would make a loop: “${to.name}” already leads to “${from.name}”`,
    );
  }
  to.predecessors[fromId] = handoff;
}

/** Removes a connection; kaizens on it move to the whole map, rework loops it carried go. */
export function disconnectSteps(map: ValueStreamMapDoc, fromId: string, toId: string): void {
  const to = map.steps.find((step) => step.id === toId);
  if (!to || !(fromId in to.predecessors)) return;
  delete to.predecessors[fromId];
  pruneStaleReferences(map);
}

export interface NewInformationFlow {
  from: FlowEnd;
  to: FlowEnd;
  kind: InformationFlowKind;
  label?: string;
}

export function addInformationFlow(
  map: ValueStreamMapDoc,
  input: NewInformationFlow,
  newId: IdFactory = randomId,
): string {
  const fields = parseOrThrow(informationFlowFieldsSchema, { label: '', ...input });
  for (const end of ['from', 'to'] as const) {
    const flowEnd = fields[end];
    if ('stepId' in flowEnd) requireStep(map, flowEnd.stepId, end);
  }
  const id = newId();
  map.flows.information.push({ id, ...fields });
  return id;
}

const informationFlowPatchSchema = z.object({
  kind: z.enum(INFORMATION_FLOW_KINDS, { error: 'An information flow is manual or electronic' }),
  label: lineSchema('The label'),
});

export function updateInformationFlow(
  map: ValueStreamMapDoc,
  flowId: string,
  patch: Partial<Pick<InformationFlow, 'kind' | 'label'>>,
): void {
  const flow = map.flows.information.find((candidate) => candidate.id === flowId);
  if (!flow) throw new VsmValidationError('flowId', 'That information flow no longer exists');
  const fields = parseOrThrow(informationFlowPatchSchema, {
    kind: patch.kind ?? flow.kind,
    label: patch.label ?? flow.label,
  });
  if (flow.kind !== fields.kind) flow.kind = fields.kind;
  if (flow.label !== fields.label) flow.label = fields.label;
}

export function removeInformationFlow(map: ValueStreamMapDoc, flowId: string): void {
  const index = map.flows.information.findIndex((flow) => flow.id === flowId);
  if (index !== -1) map.flows.information.splice(index, 1);
}

export interface NewReworkLoop {
  fromStepId: string;
  toStepId: string;
  /** % of items sent back. */
  share: number;
}

const shareInputSchema = z.object({ share: reworkShareSchema });

/** Records that `share` % of the work leaving one step goes back to an upstream step. */
export function addReworkLoop(
  map: ValueStreamMapDoc,
  input: NewReworkLoop,
  newId: IdFactory = randomId,
): string {
  const { share } = parseOrThrow(shareInputSchema, { share: input.share });
  const from = requireStep(map, input.fromStepId, 'fromStepId');
  const to = requireStep(map, input.toStepId, 'toStepId');
  if (!leadsTo(map, to.id, from.id)) {
    throw new VsmValidationError(
      'toStepId',
      `Rework goes back upstream, but “${to.name}” does not come before “${from.name}”`,
    );
  }
  const id = newId();
  map.flows.rework.push({ id, fromStepId: from.id, toStepId: to.id, share });
  return id;
}

export function updateReworkShare(map: ValueStreamMapDoc, loopId: string, share: number): void {
  const loop = map.flows.rework.find((candidate) => candidate.id === loopId);
  if (!loop) throw new VsmValidationError('loopId', 'That rework loop no longer exists');
  const checked = parseOrThrow(shareInputSchema, { share }).share;
  if (loop.share !== checked) loop.share = checked;
}

export function removeReworkLoop(map: ValueStreamMapDoc, loopId: string): void {
  const index = map.flows.rework.findIndex((loop) => loop.id === loopId);
  if (index !== -1) map.flows.rework.splice(index, 1);
}
