import { describe, expect, it } from 'vitest';
import {
  addDoneCriterion,
  removeDoneCriterion,
  updateDoneCriterion,
} from '../../../../shared/vsm/definitionOfDoneChanges';
import {
  addInformationFlow,
  addReworkLoop,
  connectSteps,
} from '../../../../shared/vsm/flowChanges';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import {
  addStep,
  deleteStep,
  moveStep,
  setStepWait,
  updateStep,
} from '../../../../shared/vsm/stepChanges';
import { orderedSteps } from '../../../../shared/vsm/stepLookup';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { emptyMap, hours, linearMap, minutes, sequentialIds } from './vsmTestMaps';

const flowOrder = (map: ValueStreamMapDoc) => orderedSteps(map).map((step) => step.name);
const predecessorsOf = (map: ValueStreamMapDoc, name: string) =>
  map.steps.find((step) => step.name === name)!.predecessors;

describe('addStep', () => {
  it('appends to the end of the flow by default', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    const id = addStep(map, { name: 'C' });
    expect(flowOrder(map)).toEqual(['A', 'B', 'C']);
    expect(map.steps.at(-1)).toMatchObject({ id, predecessors: { s2: 'push' } });
  });

  it('inserts after a step and re-links that step’s successors to the new one', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    connectSteps(map, 's1', 's2', 'fifo');
    addStep(map, { name: 'Scan', after: 's1' }, () => 'n1');
    expect(flowOrder(map)).toEqual(['A', 'Scan', 'B']);
    expect(predecessorsOf(map, 'Scan')).toEqual({ s1: 'push' });
    expect(predecessorsOf(map, 'B')).toEqual({ n1: 'fifo' });
    expect(map.steps.map((step) => step.name)).toEqual(['A', 'Scan', 'B']);
  });

  it('moves kaizens on the re-linked handoff along with it', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    addKaizen(map, { attachedTo: { handoff: { from: 's1', to: 's2' } } }, () => 'k1');
    addStep(map, { name: 'Scan', after: 's1' }, () => 'n1');
    expect(map.kaizens[0]!.attachedTo).toEqual({ handoff: { from: 'n1', to: 's2' } });
  });

  it('starts a new branch when placed after nothing', () => {
    const map = linearMap([['A', 1, 0]]);
    addStep(map, { name: 'Parallel', after: null });
    expect(predecessorsOf(map, 'Parallel')).toEqual({});
  });

  it('turns a wait into a lead time, keeping the wait as typed', () => {
    const map = emptyMap();
    addStep(map, { name: 'Review', processTime: minutes(30), wait: hours(2) });
    expect(map.steps[0]!.leadTime).toEqual(hours(2.5));
    expect(map.steps[0]!.wait).toEqual(hours(2));
  });

  it('refuses to insert after a step that does not exist', () => {
    expect(() => addStep(emptyMap(), { name: 'X', after: 'gone' })).toThrow(
      'That step no longer exists',
    );
  });
});

describe('updateStep', () => {
  it('changes only the fields in the patch', () => {
    const map = linearMap([['Review', 1, 2]]);
    updateStep(map, 's1', { name: 'Code review', completeAndAccurate: 80 });
    expect(map.steps[0]).toMatchObject({
      name: 'Code review',
      completeAndAccurate: 80,
      processTime: hours(1),
      leadTime: hours(3),
    });
  });

  it('keeps the wait when the process time changes, if the wait was typed', () => {
    const map = linearMap([['Review', 1, 2]]);
    updateStep(map, 's1', { processTime: hours(2) });
    expect(map.steps[0]).toMatchObject({ leadTime: hours(4), wait: hours(2) });
  });

  it('keeps the lead time when the process time changes, if the lead time was typed', () => {
    const map = linearMap([['Review', 1, 2]]);
    updateStep(map, 's1', { leadTime: hours(3) });
    expect(map.steps[0]).not.toHaveProperty('wait');
    updateStep(map, 's1', { processTime: hours(2) });
    expect(map.steps[0]!.leadTime).toEqual(hours(3));
    updateStep(map, 's1', { processTime: hours(0.5), wait: hours(2) });
    expect(map.steps[0]).toMatchObject({ leadTime: hours(2.5), wait: hours(2) });
  });

  it('clears an optional figure given null', () => {
    const map = linearMap([['Review', 1, 2]], [{ uptime: 95, changeoverTime: minutes(10) }]);
    updateStep(map, 's1', { uptime: null, changeoverTime: null, queueSize: 4 });
    expect(map.steps[0]).not.toHaveProperty('uptime');
    expect(map.steps[0]).not.toHaveProperty('changeoverTime');
    expect(map.steps[0]!.queueSize).toBe(4);
  });
});

describe('setStepWait', () => {
  it('stores the wait as lead time = process time + wait', () => {
    const map = linearMap([['Approval', 0.25, 1]]);
    setStepWait(map, 's1', hours(24));
    expect(map.steps[0]!.leadTime).toEqual(hours(24.25));
  });

  it('refuses a negative wait', () => {
    const map = linearMap([['Approval', 0.25, 1]]);
    expect(() => setStepWait(map, 's1', hours(-1))).toThrow('Wait cannot be negative');
  });
});

describe('deleteStep', () => {
  it('re-links its predecessors to its successors', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    connectSteps(map, 's2', 's3', 'pull');
    deleteStep(map, 's2');
    expect(flowOrder(map)).toEqual(['A', 'C']);
    expect(predecessorsOf(map, 'C')).toEqual({ s1: 'pull' });
  });

  it('joins every predecessor to every successor across a branch point', () => {
    const map = emptyMap();
    const ids = sequentialIds('s');
    addStep(map, { name: 'A' }, ids);
    addStep(map, { name: 'B', after: null }, ids);
    addStep(map, { name: 'Merge', after: 's1' }, ids);
    connectSteps(map, 's2', 's3');
    addStep(map, { name: 'X', after: 's3' }, ids);
    addStep(map, { name: 'Y', after: null }, ids);
    connectSteps(map, 's3', 's5');
    deleteStep(map, 's3');
    expect(predecessorsOf(map, 'X')).toEqual({ s1: 'push', s2: 'push' });
    expect(predecessorsOf(map, 'Y')).toEqual({ s1: 'push', s2: 'push' });
  });

  it('drops its flows and rework loops and moves its kaizens to the whole map', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    addInformationFlow(map, {
      from: { party: 'customer' },
      to: { stepId: 's2' },
      kind: 'electronic',
    });
    addInformationFlow(map, { from: { party: 'customer' }, to: { stepId: 's1' }, kind: 'manual' });
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 10 });
    addReworkLoop(map, { fromStepId: 's3', toStepId: 's1', share: 5 });
    addKaizen(map, { attachedTo: { stepId: 's2' }, problem: 'Slow' });
    addKaizen(map, { attachedTo: { handoff: { from: 's2', to: 's3' } } });
    deleteStep(map, 's2');
    expect(map.flows.information).toHaveLength(1);
    expect(map.flows.rework.map((loop) => loop.fromStepId)).toEqual(['s3']);
    expect(map.kaizens.map((kaizen) => kaizen.attachedTo)).toEqual([{ map: true }, { map: true }]);
  });

  it('does nothing for a step already gone', () => {
    const map = linearMap([['A', 1, 0]]);
    deleteStep(map, 'gone');
    expect(map.steps).toHaveLength(1);
  });
});

describe('moveStep', () => {
  it('swaps a step with the one before it in a chain, keeping handoff types in place', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
      ['D', 1, 0],
    ]);
    connectSteps(map, 's1', 's2', 'fifo');
    connectSteps(map, 's3', 's4', 'pull');
    moveStep(map, 's3', 'up');
    expect(flowOrder(map)).toEqual(['A', 'C', 'B', 'D']);
    expect(predecessorsOf(map, 'C')).toEqual({ s1: 'fifo' });
    expect(predecessorsOf(map, 'B')).toEqual({ s3: 'push' });
    expect(predecessorsOf(map, 'D')).toEqual({ s2: 'pull' });
    // Storage order stays: moving an Automerge list item would lose concurrent edits to it.
    expect(map.steps.map((step) => step.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('moves down by swapping with the next step', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    moveStep(map, 's1', 'down');
    expect(flowOrder(map)).toEqual(['B', 'A', 'C']);
  });

  it('refuses to move past either end', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    expect(() => moveStep(map, 's1', 'up')).toThrow('This step is already first');
    expect(() => moveStep(map, 's2', 'down')).toThrow('This step is already last');
  });

  it('refuses where branches split or join', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    connectSteps(map, 's1', 's3');
    expect(() => moveStep(map, 's2', 'up')).toThrow('The flow splits here');
    expect(() => moveStep(map, 's3', 'up')).toThrow('Branches join here');
  });

  it('drops a rework loop that no longer goes upstream', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 10 });
    moveStep(map, 's2', 'up');
    expect(map.flows.rework).toEqual([]);
  });
});

describe('definition of done', () => {
  it('adds, ticks, renames and removes criteria', () => {
    const map = linearMap([['QA', 1, 0]]);
    const id = addDoneCriterion(map, 's1', 'Acceptance tests pass', () => 'c1');
    updateDoneCriterion(map, 's1', id, { done: true });
    updateDoneCriterion(map, 's1', id, { text: 'Acceptance and performance tests pass' });
    expect(map.steps[0]!.definitionOfDone).toEqual([
      { id: 'c1', text: 'Acceptance and performance tests pass', done: true },
    ]);
    removeDoneCriterion(map, 's1', id);
    expect(map.steps[0]!.definitionOfDone).toEqual([]);
  });

  it('refuses an empty criterion', () => {
    const map = linearMap([['QA', 1, 0]]);
    expect(() => addDoneCriterion(map, 's1', '  ')).toThrow('The criterion cannot be empty');
  });
});
