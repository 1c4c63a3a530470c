import { describe, expect, it } from 'vitest';
import {
  addInformationFlow,
  addReworkLoop,
  connectSteps,
  disconnectSteps,
  removeInformationFlow,
  removeReworkLoop,
  updateInformationFlow,
  updateReworkShare,
} from '../../../../shared/vsm/flowChanges';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import { addStep } from '../../../../shared/vsm/stepChanges';
import { VsmValidationError } from '../../../../shared/vsm/VsmValidationError';
import { linearMap } from './vsmTestMaps';

describe('connectSteps', () => {
  it('connects two steps with a handoff type', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    connectSteps(map, 's1', 's3', 'fifo');
    expect(map.steps[2]!.predecessors).toEqual({ s2: 'push', s1: 'fifo' });
  });

  it('changes the handoff type of an existing connection', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    connectSteps(map, 's1', 's2', 'pull');
    expect(map.steps[1]!.predecessors).toEqual({ s1: 'pull' });
  });

  it('refuses a connection that would make a loop, naming both steps', () => {
    const map = linearMap([
      ['Build', 1, 0],
      ['Test', 1, 0],
      ['Deploy', 1, 0],
    ]);
    let refusal: unknown;
    try {
      connectSteps(map, 's3', 's1');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(VsmValidationError);
    expect((refusal as VsmValidationError).message).toBe(
      'Connecting “Deploy” to “Build” would make a loop: “Build” already leads to “Deploy”',
    );
    expect(map.steps[0]!.predecessors).toEqual({});
  });

  it('refuses a step handing work to itself', () => {
    const map = linearMap([['A', 1, 0]]);
    expect(() => connectSteps(map, 's1', 's1')).toThrow('A step cannot hand work to itself');
  });

  it('refuses an unknown handoff type', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    expect(() => connectSteps(map, 's1', 's2', 'kanban' as 'pull')).toThrow(
      'A handoff is push, pull or FIFO',
    );
  });
});

describe('disconnectSteps', () => {
  it('removes the connection and moves its kaizens to the whole map', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    addKaizen(map, { attachedTo: { handoff: { from: 's1', to: 's2' } }, problem: 'Batching' });
    disconnectSteps(map, 's1', 's2');
    expect(map.steps[1]!.predecessors).toEqual({});
    expect(map.kaizens[0]!.attachedTo).toEqual({ map: true });
  });
});

describe('information flows', () => {
  it('connect any two boxes, customer and supplier included', () => {
    const map = linearMap([['Plan', 1, 0]]);
    const id = addInformationFlow(
      map,
      { from: { party: 'customer' }, to: { stepId: 's1' }, kind: 'electronic', label: 'Orders' },
      () => 'f1',
    );
    addInformationFlow(map, { from: { stepId: 's1' }, to: { party: 'supplier' }, kind: 'manual' });
    expect(map.flows.information[0]).toEqual({
      id,
      from: { party: 'customer' },
      to: { stepId: 's1' },
      kind: 'electronic',
      label: 'Orders',
    });
    updateInformationFlow(map, id, { kind: 'manual' });
    expect(map.flows.information[0]!.kind).toBe('manual');
    removeInformationFlow(map, id);
    expect(map.flows.information).toHaveLength(1);
  });

  it('refuses a flow from a box to itself or to a missing step', () => {
    const map = linearMap([['Plan', 1, 0]]);
    expect(() =>
      addInformationFlow(map, {
        from: { party: 'customer' },
        to: { party: 'customer' },
        kind: 'manual',
      }),
    ).toThrow('An information flow needs two different boxes');
    expect(() =>
      addInformationFlow(map, {
        from: { party: 'customer' },
        to: { stepId: 'gone' },
        kind: 'manual',
      }),
    ).toThrow('That step no longer exists');
  });
});

describe('rework loops', () => {
  it('record a share of work sent back upstream', () => {
    const map = linearMap([
      ['Dev', 1, 0],
      ['QA', 1, 0],
    ]);
    const id = addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 20 }, () => 'r1');
    updateReworkShare(map, id, 30);
    expect(map.flows.rework).toEqual([{ id: 'r1', fromStepId: 's2', toStepId: 's1', share: 30 }]);
    removeReworkLoop(map, id);
    expect(map.flows.rework).toEqual([]);
  });

  it('refuse a loop to a step that is not upstream', () => {
    const map = linearMap([
      ['Dev', 1, 0],
      ['QA', 1, 0],
    ]);
    addStep(map, { name: 'Docs', after: null });
    expect(() => addReworkLoop(map, { fromStepId: 's1', toStepId: 's2', share: 10 })).toThrow(
      'Rework goes back upstream, but “QA” does not come before “Dev”',
    );
  });

  it('refuse a share outside 0–100 %', () => {
    const map = linearMap([
      ['Dev', 1, 0],
      ['QA', 1, 0],
    ]);
    expect(() => addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 120 })).toThrow(
      'Rework share must be between 0 and 100',
    );
  });
});
