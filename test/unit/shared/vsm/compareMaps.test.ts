import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMaps, type MapComparison } from '../../../../shared/vsm/compareMaps';
import { deriveFutureState } from '../../../../shared/vsm/deriveFutureState';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import { addStep, deleteStep, updateStep } from '../../../../shared/vsm/stepChanges';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { hours, linearMap, NOW, sequentialIds } from './vsmTestMaps';

function compared(current: ValueStreamMapDoc, future: ValueStreamMapDoc): MapComparison {
  const result = compareMaps(current, future);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const idOf = (map: ValueStreamMapDoc, name: string) =>
  map.steps.find((step) => step.name === name)!.id;

/** Build → Review → QA → Release, 1 h of work and 2, 8, 4, 24 h of waiting. */
function releaseFlow(): ValueStreamMapDoc {
  return linearMap([
    ['Build', 1, 2],
    ['Review', 1, 8],
    ['QA', 1, 4],
    ['Release', 1, 24],
  ]);
}

/** Which current step each future step was matched to, by their names. */
function pairs(comparison: MapComparison, current: ValueStreamMapDoc, future: ValueStreamMapDoc) {
  const name = (map: ValueStreamMapDoc, id: string) => map.steps.find((s) => s.id === id)?.name;
  return comparison.steps.map((row) => [
    name(current, row.currentStepId),
    name(future, row.futureStepId),
  ]);
}

describe('compareMaps matches the steps of the two states', () => {
  it('by the current step a future step was derived from, even when it was renamed', () => {
    const current = releaseFlow();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    updateStep(future, idOf(future, 'Review'), { name: 'Pair review' });
    const comparison = compared(current, future);
    expect(pairs(comparison, current, future)).toEqual([
      ['Build', 'Build'],
      ['Review', 'Pair review'],
      ['QA', 'QA'],
      ['Release', 'Release'],
    ]);
    expect(comparison.addedStepIds).toEqual([]);
    expect(comparison.removedStepIds).toEqual([]);
  });

  it('by the same id when the future map holds the current steps themselves', () => {
    const current = releaseFlow();
    const future = structuredClone(current);
    future.state = 'future';
    for (const step of future.steps) updateStep(future, step.id, { name: `${step.name} v2` });
    const comparison = compared(current, future);
    expect(comparison.steps.map((row) => [row.currentStepId, row.futureStepId])).toEqual(
      current.steps.map((step) => [step.id, step.id]),
    );
    expect(comparison.addedStepIds).toEqual([]);
    expect(comparison.removedStepIds).toEqual([]);
  });

  it('by name when a step was deleted and added again, so it is neither added nor removed', () => {
    const current = releaseFlow();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    deleteStep(future, idOf(future, 'QA'));
    const readded = addStep(
      future,
      { name: 'QA', processTime: hours(1), wait: hours(1), after: idOf(future, 'Review') },
      sequentialIds('new'),
    );
    const comparison = compared(current, future);
    expect(comparison.addedStepIds).toEqual([]);
    expect(comparison.removedStepIds).toEqual([]);
    expect(comparison.steps.find((row) => row.futureStepId === readded)).toMatchObject({
      currentStepId: idOf(current, 'QA'),
      name: 'QA',
      wait: { current: 4, future: 1, change: -3 },
      changed: true,
    });
  });

  it('by name regardless of case and spaces around or between the words', () => {
    const current = linearMap([['Release  approval', 1, 24]]);
    const future = linearMap([[' release approval ', 1, 1]]);
    future.state = 'future';
    future.steps[0]!.id = 'other';
    const comparison = compared(current, future);
    expect(comparison.steps).toHaveLength(1);
    expect(comparison.steps[0]!.wait.change).toBe(-23);
  });

  it('by id before name: a new step named like a renamed one is added', () => {
    const current = releaseFlow();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    updateStep(future, idOf(future, 'Review'), { name: 'Pair review' });
    const added = addStep(future, { name: 'Review', after: null }, sequentialIds('new'));
    const comparison = compared(current, future);
    expect(pairs(comparison, current, future)).toContainEqual(['Review', 'Pair review']);
    expect(comparison.addedStepIds).toEqual([added]);
    expect(comparison.removedStepIds).toEqual([]);
  });

  it('pairs steps of the same name in map order, and leaves the rest added or removed', () => {
    const current = linearMap([
      ['Test', 1, 1],
      ['Test', 1, 2],
      ['Deploy', 1, 3],
    ]);
    const future = linearMap([
      ['Test', 1, 5],
      ['Ship', 1, 6],
    ]);
    future.state = 'future';
    for (const step of future.steps) step.id = `f-${step.id}`;
    const comparison = compared(current, future);
    expect(comparison.steps.map((row) => row.wait)).toEqual([{ current: 1, future: 5, change: 4 }]);
    expect(comparison.addedStepIds).toEqual([idOf(future, 'Ship')]);
    expect(comparison.removedStepIds).toEqual([current.steps[1]!.id, current.steps[2]!.id]);
  });

  it('matches every step once: each is matched, added or removed, whatever was deleted and re-added', () => {
    const names = ['Intake', 'Design', 'Build', 'Review', 'Test', 'Release', 'Monitor'];
    const steps = fc.uniqueArray(fc.constantFrom(...names), { minLength: 1 });
    fc.assert(
      fc.property(steps, fc.array(fc.nat()), fc.array(fc.nat()), (chosen, readds, deletes) => {
        const current = linearMap(chosen.map((name, i) => [name, 1, i + 1]));
        const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
        const newIds = sequentialIds('n');
        // Delete and add again under the same name: never counted as added and removed.
        for (const pick of readds) {
          const step = future.steps[pick % future.steps.length]!;
          deleteStep(future, step.id);
          addStep(future, { name: step.name, processTime: hours(1) }, newIds);
        }
        // Then delete some for good.
        const gone = new Set<string>();
        for (const pick of deletes.slice(0, future.steps.length - 1)) {
          const step = future.steps[pick % future.steps.length]!;
          gone.add(step.name);
          deleteStep(future, step.id);
        }
        const comparison = compared(current, future);
        for (const row of comparison.steps) {
          const before = current.steps.find((s) => s.id === row.currentStepId)!;
          expect(before.name).toBe(row.name);
        }
        expect(comparison.addedStepIds).toEqual([]);
        expect(
          comparison.removedStepIds.map((id) => current.steps.find((s) => s.id === id)!.name),
        ).toEqual(chosen.filter((name) => gone.has(name)));
        expect(comparison.steps.length + comparison.removedStepIds.length).toBe(
          current.steps.length,
        );
      }),
    );
  });
});

describe('compareMaps describes what a kaizen accounts for', () => {
  it('gives a change of %C&A in percentage points', () => {
    const current = releaseFlow();
    updateStep(current, idOf(current, 'QA'), { completeAndAccurate: 80 });
    addKaizen(current, { attachedTo: { stepId: idOf(current, 'QA') }, problem: 'Flaky tests' });
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    updateStep(future, idOf(future, 'QA'), { completeAndAccurate: 95 });
    expect(compared(current, future).kaizenEffects[0]!.changes).toEqual([
      '“QA”: %C&A 80 % → 95 % (+15 pp)',
    ]);
  });
});
