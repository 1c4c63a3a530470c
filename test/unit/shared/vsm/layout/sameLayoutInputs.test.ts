import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../../shared/vsm/computeMetrics';
import {
  addInformationFlow,
  connectSteps,
  updateInformationFlow,
} from '../../../../../shared/vsm/flowChanges';
import { addKaizen, updateKaizen } from '../../../../../shared/vsm/kaizenChanges';
import { sameLayoutInputs } from '../../../../../shared/vsm/layout';
import { updateMapDetails } from '../../../../../shared/vsm/mapChanges';
import { addStep, setStepWait, updateStep } from '../../../../../shared/vsm/stepChanges';
import type { ValueStreamMapDoc } from '../../../../../shared/vsm/ValueStreamMapDoc';
import { hours, linearMap } from '../vsmTestMaps';

function baseMap(): ValueStreamMapDoc {
  const map = linearMap([
    ['Build', 2, 1],
    ['Test', 1, 3],
    ['Ship', 1, 0],
  ]);
  addInformationFlow(
    map,
    { from: { party: 'customer' }, to: { stepId: 's1' }, kind: 'manual', label: 'Orders' },
    () => 'f1',
  );
  addKaizen(map, { attachedTo: { stepId: 's2' }, problem: 'Flaky tests' }, () => 'k1');
  return map;
}

/** Whether the map after `edit` (on a copy) lays out like before. */
function keepsLayout(edit: (map: ValueStreamMapDoc) => void): boolean {
  const before = baseMap();
  const after = structuredClone(before);
  edit(after);
  return sameLayoutInputs(before, computeMetrics(before), after, computeMetrics(after));
}

describe('sameLayoutInputs', () => {
  it('keeps the layout for edits that move nothing', () => {
    expect(keepsLayout(() => undefined)).toBe(true);
    expect(keepsLayout((map) => updateStep(map, 's2', { name: 'Integration test' }))).toBe(true);
    expect(
      keepsLayout((map) => updateStep(map, 's2', { completeAndAccurate: 60, people: 3 })),
    ).toBe(true);
    expect(keepsLayout((map) => setStepWait(map, 's2', hours(5)))).toBe(true);
    expect(keepsLayout((map) => updateKaizen(map, 'k1', { evidence: 'Three reruns a day' }))).toBe(
      true,
    );
    expect(keepsLayout((map) => updateMapDetails(map, { title: 'Renamed' }))).toBe(true);
  });

  it('lays out again when a step or handoff comes or goes', () => {
    expect(keepsLayout((map) => connectSteps(map, 's1', 's3', 'pull'))).toBe(false);
    expect(keepsLayout((map) => connectSteps(map, 's1', 's2', 'fifo'))).toBe(false);
    expect(keepsLayout((map) => map.steps.pop())).toBe(false);
  });

  it('lays out again when an inventory triangle appears or disappears', () => {
    expect(keepsLayout((map) => setStepWait(map, 's2', hours(0)))).toBe(false);
    expect(keepsLayout((map) => updateStep(map, 's3', { queueSize: 5 }))).toBe(false);
  });

  it('lays out again when what the flows, kaizens or parties show changes', () => {
    expect(keepsLayout((map) => updateInformationFlow(map, 'f1', { label: 'Weekly orders' }))).toBe(
      false,
    );
    expect(keepsLayout((map) => updateKaizen(map, 'k1', { pdca: 'do' }))).toBe(false);
    expect(keepsLayout((map) => updateMapDetails(map, { customer: 'Retail' }))).toBe(false);
    expect(
      keepsLayout((map) => updateMapDetails(map, { timeConventions: { workingHoursPerDay: 7 } })),
    ).toBe(false);
  });

  it('lays out again when the critical path moves to another branch', () => {
    const before = baseMap();
    addStep(
      before,
      { name: 'Security scan', processTime: hours(1), wait: hours(1), after: null },
      () => 's4',
    );
    connectSteps(before, 's1', 's4');
    connectSteps(before, 's4', 's3');
    const after = structuredClone(before);
    setStepWait(after, 's4', hours(10));

    expect(sameLayoutInputs(before, computeMetrics(before), after, computeMetrics(after))).toBe(
      false,
    );
  });
});
