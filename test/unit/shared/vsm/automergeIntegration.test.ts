import { change, clone, init, load, merge, save, type Doc } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/vsm/computeMetrics';
import { connectSteps } from '../../../../shared/vsm/flowChanges';
import { addKaizen, updateKaizen } from '../../../../shared/vsm/kaizenChanges';
import { addStep, deleteStep, moveStep, updateStep } from '../../../../shared/vsm/stepChanges';
import { orderedSteps } from '../../../../shared/vsm/stepLookup';
import { fromTemplate } from '../../../../shared/vsm/templates';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { valueStreamMapDocSchema } from '../../../../shared/vsm/schemas/valueStreamMapDocSchema';
import { hours, NOW, sequentialIds } from './vsmTestMaps';

function automergeMap(map: ValueStreamMapDoc): Doc<ValueStreamMapDoc> {
  return change(init<ValueStreamMapDoc>(), (draft) => {
    Object.assign(draft, map);
  });
}

function pipelineDoc(): Doc<ValueStreamMapDoc> {
  return automergeMap(fromTemplate('software-delivery', NOW, sequentialIds('s')));
}

describe('change functions inside Automerge.change', () => {
  it('build, re-link and delete steps on the change proxy', () => {
    let doc = pipelineDoc();
    let added = '';
    doc = change(doc, (draft) => {
      added = addStep(draft, {
        name: 'Security scan',
        processTime: hours(0.5),
        wait: hours(1),
        after: 's3',
      });
      connectSteps(draft, 's1', 's5', 'fifo');
      deleteStep(draft, 's2');
    });
    expect(doc.steps.find((step) => step.id === 's4')!.predecessors).toEqual({ [added]: 'push' });
    expect(doc.steps.find((step) => step.id === 's3')!.predecessors).toEqual({ s1: 'push' });
    expect(valueStreamMapDocSchema.safeParse(doc).success).toBe(true);
    const metrics = computeMetrics(doc);
    expect(metrics.ok && metrics.leadTime).toBe(57.75 - 9 + 1.5);
  });

  it('append after the last step and move steps on the change proxy', () => {
    const doc = change(pipelineDoc(), (draft) => {
      addStep(draft, { name: 'Retrospective' }, () => 'retro');
      moveStep(draft, 's8', 'down');
    });
    expect(
      orderedSteps(doc)
        .slice(-2)
        .map((step) => step.name),
    ).toEqual(['Retrospective', 'Monitoring']);
  });

  it('survive a save and load', () => {
    const doc = load<ValueStreamMapDoc>(save(pipelineDoc()));
    expect(valueStreamMapDocSchema.safeParse(doc).success).toBe(true);
    const metrics = computeMetrics(doc);
    expect(metrics.ok && metrics.leadTime).toBe(57.75);
  });
});

describe('concurrent edits', () => {
  it('to different fields of one step both survive the merge', () => {
    const base = pipelineDoc();
    const anna = change(clone(base), (draft) =>
      updateStep(draft, 's5', { processTime: hours(1.5) }),
    );
    const ben = change(clone(base), (draft) =>
      updateStep(draft, 's5', { name: 'Exploratory QA', completeAndAccurate: 70 }),
    );
    const merged = merge(anna, ben);
    // The template gives QA a wait of 4 h, which a new process time keeps.
    expect(merged.steps.find((step) => step.id === 's5')).toMatchObject({
      name: 'Exploratory QA',
      processTime: hours(1.5),
      leadTime: hours(5.5),
      completeAndAccurate: 70,
    });
  });

  it('typing in the same notes field merges both edits', () => {
    const base = change(pipelineDoc(), (draft) =>
      updateStep(draft, 's6', { notes: 'Waiting for approval' }),
    );
    const anna = change(clone(base), (draft) =>
      updateStep(draft, 's6', { notes: 'Waiting for approval by the CAB' }),
    );
    const ben = change(clone(base), (draft) =>
      updateStep(draft, 's6', { notes: 'Often waiting for approval' }),
    );
    const notes = merge(anna, ben).steps.find((step) => step.id === 's6')!.notes;
    expect(notes).toBe('Often waiting for approval by the CAB');
  });

  it('typing in a kaizen problem statement and a why merges both edits', () => {
    let base = pipelineDoc();
    let kaizenId = '';
    base = change(base, (draft) => {
      kaizenId = addKaizen(draft, { attachedTo: { stepId: 's6' }, problem: 'Approval is slow' });
    });
    const anna = change(clone(base), (draft) =>
      updateKaizen(draft, kaizenId, {
        problem: 'Approval is slow: 24 h',
        fiveWhys: ['CAB weekly'],
      }),
    );
    const ben = change(clone(base), (draft) =>
      updateKaizen(draft, kaizenId, { problem: 'Release approval is slow' }),
    );
    const kaizen = merge(anna, ben).kaizens[0]!;
    expect(kaizen.problem).toBe('Release approval is slow: 24 h');
    expect(kaizen.fiveWhys[0]).toBe('CAB weekly');
  });

  it('two people drawing the same connection end with one edge', () => {
    const base = pipelineDoc();
    const anna = change(clone(base), (draft) => connectSteps(draft, 's1', 's4', 'pull'));
    const ben = change(clone(base), (draft) => connectSteps(draft, 's1', 's4', 'pull'));
    const merged = merge(anna, ben);
    expect(merged.steps.find((step) => step.id === 's4')!.predecessors).toEqual({
      s3: 'push',
      s1: 'pull',
    });
  });

  it('opposite connections made offline merge into a loop that metrics report', () => {
    const base = change(pipelineDoc(), (draft) => {
      addStep(draft, { name: 'Docs', after: null }, () => 'x');
      addStep(draft, { name: 'Training', after: null }, () => 'y');
    });
    const anna = change(clone(base), (draft) => connectSteps(draft, 'x', 'y'));
    const ben = change(clone(base), (draft) => connectSteps(draft, 'y', 'x'));
    const merged = merge(anna, ben);
    expect(valueStreamMapDocSchema.safeParse(merged).success).toBe(true);
    const result = computeMetrics(merged);
    expect(result.ok).toBe(false);
    expect(!result.ok && new Set(result.cycle)).toEqual(new Set(['x', 'y']));
  });
});
