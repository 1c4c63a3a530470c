import { describe, expect, it } from 'vitest';
import { computeMetrics, type VsmMetrics } from '../../../../shared/vsm/computeMetrics';
import { addReworkLoop, connectSteps } from '../../../../shared/vsm/flowChanges';
import { updateMapDetails } from '../../../../shared/vsm/mapChanges';
import { addStep } from '../../../../shared/vsm/stepChanges';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { branchedMap, days, emptyMap, hours, linearMap, sequentialIds } from './vsmTestMaps';

function metricsOf(map: ValueStreamMapDoc): VsmMetrics {
  const result = computeMetrics(map);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A → (B | C) → D: the branch through B is longer by lead time, C has more process time. */
function branchingMap(): ValueStreamMapDoc {
  const map = emptyMap();
  const ids = sequentialIds('s');
  addStep(map, { name: 'A', processTime: hours(1), leadTime: hours(2) }, ids);
  addStep(map, { name: 'B', processTime: hours(1), leadTime: hours(10), after: 's1' }, ids);
  addStep(map, { name: 'C', processTime: hours(3), leadTime: hours(4), after: null }, ids);
  connectSteps(map, 's1', 's3');
  addStep(map, { name: 'D', processTime: hours(1), leadTime: hours(1), after: 's2' }, ids);
  connectSteps(map, 's3', 's4');
  return map;
}

describe('leadTime', () => {
  it('is the plain sum of lead times in a linear stream', () => {
    const metrics = metricsOf(
      linearMap([
        ['A', 1, 2],
        ['B', 2, 3],
        ['C', 0.5, 0],
      ]),
    );
    expect(metrics.leadTime).toBe(8.5);
    expect(metrics.criticalPath).toEqual(['s1', 's2', 's3']);
  });

  it('follows the longest branch by lead time, not by process time', () => {
    const map = branchingMap();
    const metrics = metricsOf(map);
    expect(metrics.criticalPath).toEqual(['s1', 's2', 's4']);
    expect(metrics.leadTime).toBe(13);
    const onPath = (name: string) =>
      metrics.steps[map.steps.findIndex((step) => step.name === name)]!.onCriticalPath;
    expect(['A', 'B', 'C', 'D'].map(onPath)).toEqual([true, true, false, true]);
  });

  it('gives every step its earliest start after its slowest predecessor', () => {
    const map = branchingMap();
    const metrics = metricsOf(map);
    const startOf = (name: string) =>
      metrics.steps[map.steps.findIndex((step) => step.name === name)]!.start;
    expect(['A', 'B', 'C', 'D'].map(startOf)).toEqual([0, 2, 2, 12]);
  });

  it('reports in the display unit with the working day it used', () => {
    const map = linearMap([['A', 4, 12]]);
    updateMapDetails(map, { timeConventions: { displayUnit: 'days' } });
    const metrics = metricsOf(map);
    expect(metrics.unit).toBe('days');
    expect(metrics.leadTime).toBe(2);
    expect(metrics.conventions.workingHoursPerDay).toBe(8);
    expect(metrics.explanation[0]).toContain('1 d = 8 h');
  });
});

describe('processTime and totalWait', () => {
  it('sum process time and wait along the critical path only', () => {
    const metrics = metricsOf(branchingMap());
    expect(metrics.processTime).toBe(3);
    expect(metrics.totalWait).toBe(10);
  });
});

describe('wait per step', () => {
  it('is lead time minus process time, across units', () => {
    const map = emptyMap();
    addStep(map, {
      name: 'Review',
      processTime: { value: 30, unit: 'minutes' },
      leadTime: days(1),
    });
    expect(metricsOf(map).steps[0]!.wait).toBe(7.5);
  });
});

describe('activityRatio', () => {
  it('is Σ PT / Σ LT × 100 on the critical path', () => {
    expect(metricsOf(branchingMap()).activityRatio).toBeCloseTo((3 / 13) * 100, 10);
  });

  it('is null for a map whose steps take no time', () => {
    expect(metricsOf(emptyMap()).activityRatio).toBeNull();
  });
});

describe('rolledCompleteAndAccurate', () => {
  it('multiplies %C&A over every step, parallel branches included', () => {
    const map = branchingMap();
    [90, 80, 50, 100].forEach((percent, i) => (map.steps[i]!.completeAndAccurate = percent));
    expect(metricsOf(map).rolledCompleteAndAccurate).toBeCloseTo(0.9 * 0.8 * 0.5 * 100, 10);
  });

  it('names the step with the lowest %C&A as the one dragging it down', () => {
    const map = linearMap(
      [
        ['A', 1, 0],
        ['B', 1, 0],
        ['C', 1, 0],
      ],
      [{ completeAndAccurate: 90 }, { completeAndAccurate: 60 }, { completeAndAccurate: 95 }],
    );
    expect(metricsOf(map).worstCompleteAccurateStepId).toBe('s2');
  });

  it('names no step when all are 100 %', () => {
    expect(metricsOf(linearMap([['A', 1, 0]])).worstCompleteAccurateStepId).toBeNull();
  });

  it('is null without steps', () => {
    expect(metricsOf(emptyMap()).rolledCompleteAndAccurate).toBeNull();
  });
});

describe('biggestWait', () => {
  it('names the step where work waits longest, on any branch', () => {
    const map = linearMap([
      ['A', 1, 3],
      ['B', 1, 24],
      ['C', 1, 5],
    ]);
    expect(metricsOf(map).biggestWaitStepId).toBe('s2');
  });

  it('names no step when nothing waits', () => {
    expect(metricsOf(linearMap([['A', 1, 0]])).biggestWaitStepId).toBeNull();
  });
});

describe('counts', () => {
  it('counts steps and handoffs between them', () => {
    const metrics = metricsOf(branchingMap());
    expect(metrics.stepCount).toBe(4);
    expect(metrics.handoffCount).toBe(4);
  });
});

describe('taktTime', () => {
  it('is available working time divided by demand', () => {
    const map = linearMap([['A', 1, 0]]);
    updateMapDetails(map, { demand: { quantity: 20, per: 'weeks' } });
    // 5 days × 8 h = 40 h a week for 20 items.
    expect(metricsOf(map).taktTime).toBe(2);
  });

  it('uses the map’s own working week', () => {
    const map = linearMap([['A', 1, 0]]);
    updateMapDetails(map, {
      demand: { quantity: 10, per: 'weeks' },
      timeConventions: { workingHoursPerDay: 7.5, workingDaysPerWeek: 4 },
    });
    expect(metricsOf(map).taktTime).toBe(3);
  });

  it('is null without demand', () => {
    expect(metricsOf(linearMap([['A', 1, 0]])).taktTime).toBeNull();
  });
});

describe('inventoryDays', () => {
  it('is queue quantity divided by daily demand', () => {
    const map = linearMap([['A', 1, 0]], [{ queueSize: 30 }]);
    updateMapDetails(map, { demand: { quantity: 50, per: 'weeks' } });
    expect(metricsOf(map).steps[0]!.inventoryDays).toBe(3);
  });

  it('is null when the queue or the demand is unknown', () => {
    const map = linearMap([['A', 1, 0]], [{ queueSize: 30 }]);
    expect(metricsOf(map).steps[0]!.inventoryDays).toBeNull();
  });
});

describe('rework', () => {
  it('adds share × the lead time of the reworked segment to the expected lead time', () => {
    const map = linearMap([
      ['Dev', 8, 0],
      ['Review', 1, 3],
      ['QA', 2, 6],
      ['Release', 1, 0],
    ]);
    addReworkLoop(map, { fromStepId: 's3', toStepId: 's1', share: 25 });
    const metrics = metricsOf(map);
    // Segment Dev..QA = 8 + 4 + 8 = 20 h; a quarter of items repeat it.
    expect(metrics.leadTime).toBe(21);
    expect(metrics.reworkLeadTime).toBe(5);
    expect(metrics.expectedLeadTime).toBe(26);
    expect(metrics.explanation.join('\n')).toContain(
      'Rework from “QA” back to “Dev” (25 %) adds 0.25 × 20 h = 5 h',
    );
  });

  it('takes the longest route through a branched segment', () => {
    const map = branchingMap();
    addReworkLoop(map, { fromStepId: 's4', toStepId: 's1', share: 10 });
    expect(metricsOf(map).reworkLeadTime).toBeCloseTo(1.3, 10);
  });

  it('counts a step sent back to itself as one repeat of that step', () => {
    const map = linearMap([
      ['A', 1, 1],
      ['B', 2, 2],
    ]);
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's2', share: 50 });
    expect(metricsOf(map).reworkLeadTime).toBe(2);
  });
});

describe('merged inconsistencies', () => {
  it('counts lead time as the process time when a merge left it shorter, and says so', () => {
    const map = linearMap([['A', 2, 1]]);
    map.steps[0]!.processTime.value = 5;
    const metrics = metricsOf(map);
    expect(metrics.leadTime).toBe(5);
    expect(metrics.steps[0]!.wait).toBe(0);
    expect(metrics.warnings[0]).toContain('process time is longer than lead time');
  });

  it('ignores a connection to a deleted step', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
    map.steps[1]!.predecessors['gone'] = 'push';
    const metrics = metricsOf(map);
    expect(metrics.handoffCount).toBe(1);
    expect(metrics.warnings).toContain('1 connection(s) point to deleted steps and are ignored');
  });

  it('reports a loop in the flow instead of figures', () => {
    const map = linearMap([
      ['A', 1, 0],
      ['B', 1, 0],
      ['C', 1, 0],
    ]);
    // Two people connecting opposite ways at once can leave this behind.
    map.steps[0]!.predecessors['s3'] = 'push';
    const result = computeMetrics(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.cycle)).toEqual(new Set(['s1', 's2', 's3']));
    expect(result.message).toContain('loops back on itself');
  });
});

describe('performance', () => {
  it('recomputes a 200-step branched map in well under a millisecond (median)', () => {
    const map = branchedMap(200);
    for (let i = 0; i < 500; i++) computeMetrics(map);
    const samples: number[] = [];
    for (let i = 0; i < 201; i++) {
      const started = performance.now();
      computeMetrics(map);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    expect(samples[100]).toBeLessThan(1);
  });
});
