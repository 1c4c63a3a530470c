import { indexFlow } from './flowIndex';
import type { Step, ValueStreamMapDoc } from './ValueStreamMapDoc';
import { VsmValidationError } from './VsmValidationError';

export function findStep(map: ValueStreamMapDoc, stepId: string): Step | undefined {
  return map.steps.find((step) => step.id === stepId);
}

/** The step, or a refusal the UI can show when someone else deleted it meanwhile. */
export function requireStep(map: ValueStreamMapDoc, stepId: string, field = 'stepId'): Step {
  const step = findStep(map, stepId);
  if (!step) throw new VsmValidationError(field, 'That step no longer exists');
  return step;
}

export function successorsOf(map: ValueStreamMapDoc, stepId: string): Step[] {
  return map.steps.filter((step) => stepId in step.predecessors);
}

/** Whether work can flow from one step to the other (a step leads to itself). */
export function leadsTo(map: ValueStreamMapDoc, fromId: string, toId: string): boolean {
  const byId = new Map(map.steps.map((step) => [step.id, step]));
  const seen = new Set<string>([toId]);
  const pending = [toId];
  // Walk upstream from the target: predecessors are what each step stores.
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (id === fromId) return true;
    for (const predId in byId.get(id)?.predecessors) {
      if (!seen.has(predId)) {
        seen.add(predId);
        pending.push(predId);
      }
    }
  }
  return false;
}

/**
 * Steps in flow order — what the table shows. Parallel branches come one after the other;
 * if a merge left a loop in the flow, storage order is used instead.
 */
export function orderedSteps(map: ValueStreamMapDoc): Step[] {
  const { order } = indexFlow(map.steps);
  if (!order) return [...map.steps];
  return Array.from(order, (i) => map.steps[i]!);
}
