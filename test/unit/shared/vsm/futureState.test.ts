import { describe, expect, it } from 'vitest';
import { compareMaps, type MapComparison } from '../../../../shared/vsm/compareMaps';
import { deriveFutureState } from '../../../../shared/vsm/deriveFutureState';
import {
  addInformationFlow,
  addReworkLoop,
  connectSteps,
} from '../../../../shared/vsm/flowChanges';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import { updateMapDetails } from '../../../../shared/vsm/mapChanges';
import { addStep, deleteStep, setStepWait, updateStep } from '../../../../shared/vsm/stepChanges';
import { fromTemplate } from '../../../../shared/vsm/templates';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { hours, NOW, sequentialIds } from './vsmTestMaps';

const CURRENT_URL = 'automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ';

function pipeline(): ValueStreamMapDoc {
  return fromTemplate('software-delivery', NOW, sequentialIds('c'));
}

const idOf = (map: ValueStreamMapDoc, name: string) =>
  map.steps.find((step) => step.name === name)!.id;

function compared(current: ValueStreamMapDoc, future: ValueStreamMapDoc): MapComparison {
  const result = compareMaps(current, future);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('deriveFutureState', () => {
  it('copies steps with fresh ids that remember their current step', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW + 1, {
      currentMapUrl: CURRENT_URL,
      newId: sequentialIds('f'),
    });
    expect(future).toMatchObject({
      state: 'future',
      title: 'Future state — Software delivery pipeline',
      linkedMapUrl: CURRENT_URL,
      createdAt: NOW + 1,
    });
    expect(future.steps.map((step) => step.derivedFromStepId)).toEqual(
      current.steps.map((step) => step.id),
    );
    expect(future.steps.every((step) => step.id.startsWith('f'))).toBe(true);
    expect(future.steps[1]!.predecessors).toEqual({ [future.steps[0]!.id]: 'push' });
  });

  it('is named a future state, never after the current state', () => {
    const futureOf = (title: string) => deriveFutureState({ ...pipeline(), title }, NOW).title;
    expect(futureOf('Payments change — current state')).toBe('Payments change — future state');
    expect(futureOf('Current state — ops')).toBe('Future state — ops');
    expect(futureOf('CURRENT STATE')).toBe('FUTURE STATE');
    expect(futureOf('Onboarding (as-is)')).toBe('Onboarding (to-be)');
    expect(futureOf('Payments change')).toBe('Future state — Payments change');
    const long = futureOf('x'.repeat(200));
    expect(long.startsWith('Future state — ')).toBe(true);
    expect(long).toHaveLength(200);
  });

  it('keeps flows and kaizens, re-pointed at the copied steps', () => {
    const current = pipeline();
    connectSteps(current, idOf(current, 'Code review'), idOf(current, 'Automated test'), 'pull');
    addInformationFlow(current, {
      from: { party: 'customer' },
      to: { stepId: idOf(current, 'Development') },
      kind: 'electronic',
    });
    addReworkLoop(current, {
      fromStepId: idOf(current, 'QA'),
      toStepId: idOf(current, 'Development'),
      share: 20,
    });
    addKaizen(current, {
      attachedTo: { stepId: idOf(current, 'Release approval') },
      problem: 'CAB meets daily',
    });
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    expect(future.flows.information[0]!.to).toEqual({ stepId: idOf(future, 'Development') });
    expect(future.flows.rework[0]).toMatchObject({
      fromStepId: idOf(future, 'QA'),
      toStepId: idOf(future, 'Development'),
      share: 20,
    });
    expect(future.kaizens[0]).toMatchObject({
      attachedTo: { stepId: idOf(future, 'Release approval') },
      problem: 'CAB meets daily',
      derivedFromKaizenId: current.kaizens[0]!.id,
    });
    expect(future.steps.find((step) => step.name === 'Automated test')!.predecessors).toEqual({
      [idOf(future, 'Code review')]: 'pull',
    });
  });
});

describe('compareMaps', () => {
  it('shows lead time, process time, wait, activity ratio and rolled %C&A side by side', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    setStepWait(future, idOf(future, 'Release approval'), hours(1));
    updateStep(future, idOf(future, 'QA'), { completeAndAccurate: 95 });
    const comparison = compared(current, future);
    expect(comparison.totals.leadTime).toEqual({ current: 57.75, future: 34.75, change: -23 });
    expect(comparison.totals.processTime.change).toBe(0);
    expect(comparison.totals.totalWait.change).toBe(-23);
    expect(comparison.totals.activityRatio.future).toBeCloseTo((20.75 / 34.75) * 100, 10);
    expect(comparison.totals.rolledCompleteAndAccurate.change).toBeGreaterThan(0);
  });

  it('gives per-step wait deltas matched by the step each was derived from', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    setStepWait(future, idOf(future, 'Code review'), hours(2));
    const review = compared(current, future).steps.find((row) => row.name === 'Code review')!;
    expect(review).toMatchObject({
      currentStepId: idOf(current, 'Code review'),
      futureStepId: idOf(future, 'Code review'),
      wait: { current: 8, future: 2, change: -6 },
      changed: true,
    });
  });

  it('lists steps added to and removed from the future state', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    deleteStep(future, idOf(future, 'Release approval'));
    const added = addStep(future, { name: 'Feature flag', after: idOf(future, 'QA') });
    const comparison = compared(current, future);
    expect(comparison.addedStepIds).toEqual([added]);
    expect(comparison.removedStepIds).toEqual([idOf(current, 'Release approval')]);
  });

  it('says which kaizen accounts for which change', () => {
    const current = pipeline();
    addKaizen(current, {
      attachedTo: { stepId: idOf(current, 'Release approval') },
      problem: 'Approval waits for the daily CAB',
    });
    addKaizen(current, { attachedTo: { stepId: idOf(current, 'QA') }, problem: 'Unchanged' });
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    setStepWait(future, idOf(future, 'Release approval'), hours(1));
    addKaizen(future, {
      attachedTo: {
        handoff: { from: idOf(future, 'Development'), to: idOf(future, 'Code review') },
      },
      problem: 'Reviews wait a day',
    });
    setStepWait(future, idOf(future, 'Code review'), hours(1));

    const comparison = compared(current, future);
    expect(comparison.kaizenEffects).toEqual([
      {
        kaizenId: future.kaizens[0]!.id,
        map: 'future',
        problem: 'Approval waits for the daily CAB',
        changes: [
          '“Release approval”: lead time 24.25 h → 1.25 h (−23 h)',
          '“Release approval”: wait 24 h → 1 h (−23 h)',
        ],
      },
      {
        kaizenId: future.kaizens[2]!.id,
        map: 'future',
        problem: 'Reviews wait a day',
        changes: [
          '“Code review”: lead time 9 h → 2 h (−7 h)',
          '“Code review”: wait 8 h → 1 h (−7 h)',
        ],
      },
    ]);
    const approval = comparison.steps.find((row) => row.name === 'Release approval')!;
    expect(approval.kaizenIds).toEqual([future.kaizens[0]!.id]);
  });

  it('credits a current-state kaizen with removing its step', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    addKaizen(current, {
      attachedTo: { stepId: idOf(current, 'Staging deploy') },
      problem: 'Staging adds nothing',
    });
    deleteStep(future, idOf(future, 'Staging deploy'));
    expect(compared(current, future).kaizenEffects).toEqual([
      {
        kaizenId: current.kaizens[0]!.id,
        map: 'current',
        problem: 'Staging adds nothing',
        changes: ['“Staging deploy” is no longer in the future state'],
      },
    ]);
  });

  it('compares in the current map’s unit even when the future map shows days', () => {
    const current = pipeline();
    const future = deriveFutureState(current, NOW, { newId: sequentialIds('f') });
    updateMapDetails(future, { timeConventions: { displayUnit: 'days' } });
    const comparison = compared(current, future);
    expect(comparison.unit).toBe('hours');
    expect(comparison.totals.leadTime.future).toBeCloseTo(57.75, 10);
  });
});
