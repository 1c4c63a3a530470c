import { addReworkLoop, connectSteps } from '../../../../shared/vsm/flowChanges';
import type { IdFactory } from '../../../../shared/vsm/ids';
import { newValueStreamMap } from '../../../../shared/vsm/mapChanges';
import { addStep, type NewStep } from '../../../../shared/vsm/stepChanges';
import type { Duration, ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';

export const NOW = Date.UTC(2025, 5, 1);

/** Predictable ids so tests can name steps: s1, s2, … */
export function sequentialIds(prefix = 'id'): IdFactory {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export const hours = (value: number): Duration => ({ value, unit: 'hours' });
export const minutes = (value: number): Duration => ({ value, unit: 'minutes' });
export const days = (value: number): Duration => ({ value, unit: 'days' });
export const weeks = (value: number): Duration => ({ value, unit: 'weeks' });

export function emptyMap(title = 'Release flow'): ValueStreamMapDoc {
  return newValueStreamMap({ title }, NOW);
}

/** A linear map of steps given as [name, PT hours, wait hours]; ids s1, s2, … */
export function linearMap(
  rows: [name: string, processHours: number, waitHours: number][],
  extra: Partial<NewStep>[] = [],
): ValueStreamMapDoc {
  const map = emptyMap();
  const ids = sequentialIds('s');
  rows.forEach(([name, processHours, waitHours], i) =>
    addStep(
      map,
      { name, processTime: hours(processHours), wait: hours(waitHours), ...extra[i] },
      ids,
    ),
  );
  return map;
}

/**
 * A large map of fork-join diamonds (A → B → C → E and A → D → E, five steps each) with a
 * rework loop every fifty steps: the shape the metrics benchmark measures.
 */
export function branchedMap(stepCount: number): ValueStreamMapDoc {
  const map = emptyMap('Benchmark');
  const ids = sequentialIds('s');
  let join: string | null = null;
  for (let made = 0; made + 5 <= stepCount; made += 5) {
    const time = (k: number) => ({ processTime: hours(1 + (k % 3)), wait: hours((made + k) % 11) });
    const a = addStep(map, { name: `Fork ${made}`, after: join, ...time(0) }, ids);
    const b = addStep(map, { name: `Upper ${made}`, after: a, ...time(1) }, ids);
    const c = addStep(map, { name: `Upper ${made + 1}`, after: b, ...time(2) }, ids);
    const d = addStep(map, { name: `Lower ${made}`, after: null, ...time(3) }, ids);
    connectSteps(map, a, d, 'fifo');
    join = addStep(map, { name: `Join ${made}`, after: c, ...time(4) }, ids);
    connectSteps(map, d, join, 'pull');
    if (made % 50 === 45) addReworkLoop(map, { fromStepId: join, toStepId: a, share: 10 });
  }
  return map;
}
