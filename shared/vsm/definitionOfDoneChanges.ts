import { z } from 'zod';
import { randomId, type IdFactory } from './ids';
import { lineSchema } from './schemas/fieldSchemas';
import { requireStep } from './stepLookup';
import type { DoneCriterion, ValueStreamMapDoc } from './ValueStreamMapDoc';
import { parseOrThrow, VsmValidationError } from './VsmValidationError';

// JKK: each step's explicit definition of done decides go / no-go to the next step.
const criterionTextSchema = z.object({
  text: lineSchema('The criterion').pipe(z.string().min(1, 'The criterion cannot be empty')),
});

export function addDoneCriterion(
  map: ValueStreamMapDoc,
  stepId: string,
  text: string,
  newId: IdFactory = randomId,
): string {
  const step = requireStep(map, stepId);
  const checked = parseOrThrow(criterionTextSchema, { text }).text;
  const id = newId();
  step.definitionOfDone.push({ id, text: checked, done: false });
  return id;
}

export function updateDoneCriterion(
  map: ValueStreamMapDoc,
  stepId: string,
  criterionId: string,
  patch: Partial<Pick<DoneCriterion, 'text' | 'done'>>,
): void {
  const criterion = requireStep(map, stepId).definitionOfDone.find(
    (candidate) => candidate.id === criterionId,
  );
  if (!criterion) throw new VsmValidationError('criterionId', 'That criterion no longer exists');
  if (patch.text !== undefined) {
    const text = parseOrThrow(criterionTextSchema, { text: patch.text }).text;
    if (criterion.text !== text) criterion.text = text;
  }
  if (patch.done !== undefined && criterion.done !== patch.done) criterion.done = patch.done;
}

export function removeDoneCriterion(
  map: ValueStreamMapDoc,
  stepId: string,
  criterionId: string,
): void {
  const list = requireStep(map, stepId).definitionOfDone;
  const index = list.findIndex((criterion) => criterion.id === criterionId);
  if (index !== -1) list.splice(index, 1);
}
