import { change, clone, from, merge, type Doc } from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStep,
  reconcileStepTimes,
  staleLeadTimes,
  updateStep,
} from '../../../../shared/vsm/stepChanges';
import {
  stepTimeFields,
  timeConflict,
  typedTimePatch,
  unitChangePatch,
  type TimeField,
} from '../../../../shared/vsm/stepTimeFields';
import { stepWait } from '../../../../shared/vsm/stepTimes';
import { toMinutes } from '../../../../shared/vsm/timeUnits';
import {
  TIME_UNITS,
  type Duration,
  type TimeUnit,
  type ValueStreamMapDoc,
} from '../../../../shared/vsm/ValueStreamMapDoc';
import { days, emptyMap, hours, linearMap, minutes } from './vsmTestMaps';

/** What a coach does in a time field: type a number (in the unit shown), or choose a unit. */
type FieldAction = { field: TimeField; type: number } | { field: TimeField; choose: TimeUnit };

/** Carries out one action as the inspector and the table do. */
function act(map: ValueStreamMapDoc, stepId: string, action: FieldAction) {
  const step = map.steps.find((candidate) => candidate.id === stepId)!;
  const fields = stepTimeFields(step, map.timeConventions);
  const patch =
    'type' in action
      ? typedTimePatch(action.field, { value: action.type, unit: fields[action.field].unit })
      : unitChangePatch(fields, action.field, action.choose);
  updateStep(map, stepId, patch);
}

const minutesOf = (map: ValueStreamMapDoc, duration: Duration) =>
  toMinutes(duration, map.timeConventions);

describe('entering a step’s times', () => {
  it('keeps a process time typed before the wait, and adds the wait typed after it', () => {
    const map = emptyMap();
    const id = addStep(map, { name: 'Code review' });
    act(map, id, { field: 'processTime', type: 2 });
    expect(map.steps[0]).toMatchObject({ processTime: hours(2), leadTime: hours(2) });
    act(map, id, { field: 'wait', type: 16 });
    expect(map.steps[0]).toMatchObject({ processTime: hours(2), leadTime: hours(18) });
  });

  it('keeps the wait typed before the process time', () => {
    const map = emptyMap();
    const id = addStep(map, { name: 'Code review' });
    act(map, id, { field: 'wait', type: 16 });
    act(map, id, { field: 'processTime', type: 2 });
    expect(map.steps[0]).toMatchObject({ processTime: hours(2), leadTime: hours(18) });
    expect(stepWait(map.steps[0]!, map.timeConventions)).toEqual(hours(16));
  });

  it('keeps a lead time typed before the process time', () => {
    const map = emptyMap();
    const id = addStep(map, { name: 'Code review' });
    act(map, id, { field: 'leadTime', type: 24 });
    act(map, id, { field: 'processTime', type: 2 });
    expect(map.steps[0]).toMatchObject({ processTime: hours(2), leadTime: hours(24) });
    expect(stepWait(map.steps[0]!, map.timeConventions)).toEqual(hours(22));
  });

  it('stores a process time longer than the typed lead time as typed, and says so', () => {
    const map = emptyMap();
    const id = addStep(map, { name: 'Build', leadTime: hours(24) });
    act(map, id, { field: 'processTime', type: 30 });
    expect(map.steps[0]).toMatchObject({ processTime: hours(30), leadTime: hours(24) });
    expect(timeConflict(map.steps[0]!, map.timeConventions)).toBe(
      'Process time (30 h) is longer than the lead time you typed (24 h): the map counts its lead time as 30 h. Correct one of them.',
    );
    act(map, id, { field: 'leadTime', type: 40 });
    expect(timeConflict(map.steps[0]!, map.timeConventions)).toBeNull();
  });

  it('reads the number in the field in a newly chosen unit: 3 min of wait becomes 3 days', () => {
    const map = emptyMap();
    const id = addStep(map, { name: 'Approval' });
    act(map, id, { field: 'processTime', choose: 'minutes' });
    act(map, id, { field: 'wait', type: 3 });
    act(map, id, { field: 'wait', choose: 'days' });
    expect(minutesOf(map, map.steps[0]!.leadTime)).toBe(1_440);
    expect(stepWait(map.steps[0]!, map.timeConventions)).toEqual(days(3));
  });

  it('changing the wait’s unit leaves the process time alone', () => {
    const map = linearMap([['Deploy', 21, 3]]);
    act(map, 's1', { field: 'wait', choose: 'minutes' });
    expect(map.steps[0]).toMatchObject({ processTime: hours(21), wait: minutes(3) });
    expect(minutesOf(map, map.steps[0]!.leadTime)).toBe(21 * 60 + 3);
  });

  const unit = fc.constantFrom(...TIME_UNITS);
  const figure = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom(0.25, 1.5, 2.75));
  /** A field filled in: the number typed and the unit chosen, in either order. */
  const fieldEntry = (field: TimeField) =>
    fc
      .record({ value: figure, unit, unitFirst: fc.boolean() })
      .map(({ value, unit: chosen, unitFirst }) => ({
        field,
        value,
        unit: chosen,
        actions: (unitFirst
          ? [
              { field, choose: chosen },
              { field, type: value },
            ]
          : [
              { field, type: value },
              { field, choose: chosen },
            ]) as FieldAction[],
      }));

  it('ends in the typed values whatever the order of fields and units (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('new step', 'wait typed before', 'lead time typed before'),
        fieldEntry('processTime'),
        fc.oneof(fieldEntry('wait'), fieldEntry('leadTime')),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (start, processTime, other, interleaving) => {
          const map = emptyMap();
          const id = addStep(
            map,
            start === 'new step'
              ? { name: 'Step' }
              : start === 'wait typed before'
                ? { name: 'Step', processTime: days(1), wait: hours(5) }
                : { name: 'Step', processTime: minutes(5), leadTime: days(2) },
          );
          // Interleave the two fields' actions, each field's own order kept.
          const queues = [[...processTime.actions], [...other.actions]];
          for (const fromFirst of interleaving) {
            const queue =
              queues[fromFirst ? 0 : 1]!.length > 0
                ? queues[fromFirst ? 0 : 1]!
                : queues[fromFirst ? 1 : 0]!;
            const action = queue.shift();
            if (action) act(map, id, action);
          }

          const step = map.steps[0]!;
          const typed = (entry: { value: number; unit: TimeUnit }) =>
            minutesOf(map, { value: entry.value, unit: entry.unit });
          expect(minutesOf(map, step.processTime)).toBeCloseTo(typed(processTime), 6);
          if (other.field === 'wait') {
            expect(minutesOf(map, stepWait(step, map.timeConventions))).toBeCloseTo(
              typed(other),
              6,
            );
            expect(minutesOf(map, step.leadTime)).toBeCloseTo(typed(processTime) + typed(other), 6);
          } else {
            expect(minutesOf(map, step.leadTime)).toBeCloseTo(typed(other), 6);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('recomputes a lead time that a merge left at one person’s sum', () => {
    const base = from(
      linearMap([['Code review', 2, 16]]) as unknown as Record<string, unknown>,
    ) as unknown as Doc<ValueStreamMapDoc>;
    const anna = change(clone(base), (map) => updateStep(map, 's1', { processTime: hours(3) }));
    const ben = change(clone(base), (map) => updateStep(map, 's1', { wait: hours(10) }));
    const merged = merge(anna, ben);
    expect(staleLeadTimes(merged).map((step) => step.id)).toEqual(['s1']);
    const reconciled = change(merged, reconcileStepTimes);
    expect(reconciled.steps[0]!.leadTime).toEqual(hours(13));
    expect(staleLeadTimes(reconciled)).toEqual([]);
  });
});
