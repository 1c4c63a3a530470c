import { definedOnly } from './definedOnly';
import { randomId, type IdFactory } from './ids';
import { pruneStaleReferences } from './pruneStaleReferences';
import { stepFieldsEditSchema, stepFieldsSchema, waitInputSchema } from './schemas/stepSchema';
import { setText } from './setText';
import { orderedSteps, requireStep, successorsOf } from './stepLookup';
import { leadTimeFromWait } from './stepTimes';
import { toMinutes } from './timeUnits';
import type { Duration, Step, TimeConventions, ValueStreamMapDoc } from './ValueStreamMapDoc';
import { parseOrThrow, VsmValidationError } from './VsmValidationError';

/** The figures and texts of a step, as the map view, the table and paste edit them. */
export type StepFields = Omit<
  Step,
  'id' | 'definitionOfDone' | 'predecessors' | 'derivedFromStepId'
>;

/** A new step: a name and any figures; the lead time may be given as a wait instead. */
export interface NewStep extends Partial<StepFields> {
  name: string;
  /** Process time + wait becomes the lead time (wins over `leadTime`). */
  wait?: Duration;
  /**
   * Insert after this step, taking over its successors. `null` starts a new, unconnected
   * branch; omitted, the step follows the last step in flow order.
   */
  after?: string | null;
}

/**
 * Changes to a step: `null` clears an optional figure. A `wait` makes the lead time follow the
 * process time; a `leadTime` is kept as typed (the wait follows). With neither, a new process
 * time keeps whichever of the two the coach typed last.
 */
export type StepPatch = {
  [K in Exclude<keyof StepFields, 'wait'>]?: undefined extends StepFields[K]
    ? Exclude<StepFields[K], undefined> | null
    : StepFields[K];
} & { wait?: Duration };

const OPTIONAL_NUMBERS = ['uptime', 'batchSize', 'queueSize'] as const;

/** Adds a step (linear by default) and returns its id. */
export function addStep(
  map: ValueStreamMapDoc,
  input: NewStep,
  newId: IdFactory = randomId,
): string {
  const after = input.after === undefined ? (orderedSteps(map).at(-1)?.id ?? null) : input.after;
  if (after !== null) requireStep(map, after, 'after');

  const fields = validateNewStep(input, map.timeConventions);

  const id = newId();
  const step: Step = {
    id,
    name: fields.name,
    role: fields.role,
    processTime: { ...fields.processTime },
    leadTime: { ...fields.leadTime },
    ...(fields.wait ? { wait: { ...fields.wait } } : {}),
    completeAndAccurate: fields.completeAndAccurate,
    people: fields.people,
    notes: fields.notes,
    definitionOfDone: [],
    predecessors: after === null ? {} : { [after]: 'push' },
  };
  for (const key of OPTIONAL_NUMBERS) {
    const value = fields[key];
    if (value !== undefined) step[key] = value;
  }
  if (fields.changeoverTime) step.changeoverTime = { ...fields.changeoverTime };

  if (after === null) {
    map.steps.push(step);
    return id;
  }
  // The new step takes over the handoffs (and their kaizens) that left `after`.
  for (const successor of successorsOf(map, after)) {
    successor.predecessors[id] = successor.predecessors[after]!;
    delete successor.predecessors[after];
  }
  for (const kaizen of map.kaizens) {
    if ('handoff' in kaizen.attachedTo && kaizen.attachedTo.handoff.from === after) {
      kaizen.attachedTo.handoff.from = id;
    }
  }
  map.steps.splice(map.steps.findIndex((s) => s.id === after) + 1, 0, step);
  return id;
}

/**
 * The fields a new step would get, with defaults filled in (no time, 100 % C&A, one person),
 * or a {@link VsmValidationError}. Paste and import check rows with it before adding them.
 * A step given no lead time starts with no wait, so a process time typed first becomes its
 * lead time too.
 */
export function validateNewStep(input: NewStep, conventions: TimeConventions): StepFields {
  const processTime = input.processTime ?? { value: 0, unit: conventions.displayUnit };
  const wait = input.wait ?? (input.leadTime ? undefined : { value: 0, unit: processTime.unit });
  const candidate: Record<string, unknown> = {
    role: '',
    completeAndAccurate: 100,
    people: 1,
    notes: '',
    ...definedOnly(input),
    processTime,
    leadTime: input.leadTime ?? processTime,
  };
  delete candidate.wait;
  if (wait) candidate.wait = parseOrThrow(waitInputSchema, { wait }).wait;
  const fields = parseOrThrow(
    stepFieldsSchema(conventions),
    withLeadTimeFromWait(candidate, conventions),
  );
  return fields;
}

/**
 * Changes a step's figures and texts, each field in place so that two people editing different
 * fields of one step both keep their edit. Times are stored as typed, in any order: a new
 * process time keeps the wait or the lead time, whichever the coach typed; a process time
 * longer than a typed lead time is kept too, and the metrics say so.
 */
export function updateStep(map: ValueStreamMapDoc, stepId: string, patch: StepPatch): void {
  const step = requireStep(map, stepId);
  const candidate: Record<string, unknown> = currentFields(step);
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'wait' || value === undefined) continue;
    if (value === null) delete candidate[key];
    else candidate[key] = value;
  }
  if (patch.wait !== undefined) candidate.wait = parseOrThrow(waitInputSchema, patch).wait;
  else if (patch.leadTime !== undefined) delete candidate.wait;
  writeFields(
    step,
    parseOrThrow(stepFieldsEditSchema, withLeadTimeFromWait(candidate, map.timeConventions)),
  );
}

/**
 * Steps whose lead time is not their process time + typed wait: after two people changed one
 * step's process time and wait at once, the merged lead time may be either one's sum.
 */
export function staleLeadTimes(map: ValueStreamMapDoc): Step[] {
  const minutes = (duration: Duration) => toMinutes(duration, map.timeConventions);
  return map.steps.filter((step) => {
    if (!step.wait) return false;
    const expected = minutes(step.processTime) + minutes(step.wait);
    return Math.abs(expected - minutes(step.leadTime)) > 1e-9 * Math.max(1, expected);
  });
}

/** Sets each stale lead time (see {@link staleLeadTimes}) to process time + wait. */
export function reconcileStepTimes(map: ValueStreamMapDoc): void {
  for (const step of staleLeadTimes(map)) {
    writeDuration(
      step.leadTime,
      leadTimeFromWait(step.processTime, step.wait!, map.timeConventions),
    );
  }
}

/** Sets how long work waits at a step; stored as lead time = process time + wait. */
export function setStepWait(map: ValueStreamMapDoc, stepId: string, wait: Duration): void {
  updateStep(map, stepId, { wait });
}

/**
 * Removes a step and hands its work on directly: each predecessor is connected to each
 * successor (with the successor's handoff type). Its information flows and rework loops go;
 * its kaizens move to the whole map.
 */
export function deleteStep(map: ValueStreamMapDoc, stepId: string): void {
  const index = map.steps.findIndex((step) => step.id === stepId);
  if (index === -1) return;
  const predecessorIds = Object.keys(map.steps[index]!.predecessors);
  for (const successor of successorsOf(map, stepId)) {
    const handoff = successor.predecessors[stepId]!;
    delete successor.predecessors[stepId];
    for (const predId of predecessorIds) {
      if (predId !== successor.id && !(predId in successor.predecessors)) {
        successor.predecessors[predId] = handoff;
      }
    }
  }
  map.steps.splice(index, 1);
  pruneStaleReferences(map);
}

/**
 * Swaps a step with its neighbour in a single chain by re-linking the flow (storage order is
 * left alone: moving an Automerge list item would drop a peer's concurrent edits to it).
 * Handoff types stay with their position in the chain.
 */
export function moveStep(map: ValueStreamMapDoc, stepId: string, direction: 'up' | 'down'): void {
  const step = requireStep(map, stepId);
  if (direction === 'up') {
    swapWithPredecessor(map, step, 'This step is already first');
    return;
  }
  const successors = successorsOf(map, stepId);
  if (successors.length === 0) throw new VsmValidationError('stepId', 'This step is already last');
  if (successors.length > 1) throw splitError();
  swapWithPredecessor(map, successors[0]!, 'This step is already last');
}

function swapWithPredecessor(map: ValueStreamMapDoc, step: Step, firstMessage: string): void {
  const predIds = Object.keys(step.predecessors);
  if (predIds.length === 0) throw new VsmValidationError('stepId', firstMessage);
  if (predIds.length > 1) throw joinError();
  const pred = requireStep(map, predIds[0]!);
  if (successorsOf(map, pred.id).length > 1) throw splitError();

  const intoPred = { ...pred.predecessors };
  const predToStep = step.predecessors[pred.id]!;
  const outOfStep = successorsOf(map, step.id);

  delete step.predecessors[pred.id];
  for (const [id, handoff] of Object.entries(intoPred)) {
    step.predecessors[id] = handoff;
    delete pred.predecessors[id];
  }
  pred.predecessors[step.id] = predToStep;
  for (const successor of outOfStep) {
    successor.predecessors[pred.id] = successor.predecessors[step.id]!;
    delete successor.predecessors[step.id];
  }
  pruneStaleReferences(map);
}

const joinError = () =>
  new VsmValidationError('stepId', 'Branches join here, so these steps cannot swap places');
const splitError = () =>
  new VsmValidationError('stepId', 'The flow splits here, so these steps cannot swap places');

/** Where the coach typed the wait, the lead time is process time + wait. */
function withLeadTimeFromWait(
  candidate: Record<string, unknown>,
  conventions: TimeConventions,
): Record<string, unknown> {
  const processTime = stepFieldsEditSchema.shape.processTime.safeParse(candidate.processTime);
  const wait = stepFieldsEditSchema.shape.wait.safeParse(candidate.wait);
  if (processTime.success && wait.success && wait.data) {
    candidate.leadTime = leadTimeFromWait(processTime.data, wait.data, conventions);
  }
  return candidate;
}

function currentFields(step: Step): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    name: step.name,
    role: step.role,
    processTime: { ...step.processTime },
    leadTime: { ...step.leadTime },
    completeAndAccurate: step.completeAndAccurate,
    people: step.people,
    notes: step.notes,
  };
  for (const key of OPTIONAL_NUMBERS) {
    if (step[key] !== undefined) fields[key] = step[key];
  }
  if (step.changeoverTime) fields.changeoverTime = { ...step.changeoverTime };
  if (step.wait) fields.wait = { ...step.wait };
  return fields;
}

function writeFields(step: Step, fields: StepFields): void {
  if (step.name !== fields.name) step.name = fields.name;
  if (step.role !== fields.role) step.role = fields.role;
  writeDuration(step.processTime, fields.processTime);
  writeDuration(step.leadTime, fields.leadTime);
  if (!fields.wait) {
    if (step.wait) delete step.wait;
  } else if (step.wait) writeDuration(step.wait, fields.wait);
  else step.wait = { ...fields.wait };
  if (step.completeAndAccurate !== fields.completeAndAccurate) {
    step.completeAndAccurate = fields.completeAndAccurate;
  }
  if (step.people !== fields.people) step.people = fields.people;
  for (const key of OPTIONAL_NUMBERS) {
    const value = fields[key];
    if (value === undefined) {
      if (key in step) delete step[key];
    } else if (step[key] !== value) step[key] = value;
  }
  if (!fields.changeoverTime) {
    if (step.changeoverTime) delete step.changeoverTime;
  } else if (step.changeoverTime) writeDuration(step.changeoverTime, fields.changeoverTime);
  else step.changeoverTime = { ...fields.changeoverTime };
  setText(step, 'notes', fields.notes);
}

function writeDuration(target: Duration, value: Duration): void {
  if (target.value !== value.value) target.value = value.value;
  if (target.unit !== value.unit) target.unit = value.unit;
}
