import { describe, expect, it } from 'vitest';
import { addStep, updateStep, validateNewStep } from '../../../../shared/vsm/stepChanges';
import { DEFAULT_TIME_CONVENTIONS } from '../../../../shared/vsm/ValueStreamMapDoc';
import { VsmValidationError } from '../../../../shared/vsm/VsmValidationError';
import { days, emptyMap, hours, linearMap } from './vsmTestMaps';

function refusal(change: () => unknown): VsmValidationError {
  try {
    change();
  } catch (error) {
    if (error instanceof VsmValidationError) return error;
    throw error;
  }
  throw new Error('expected the change to be refused');
}

describe('step validation', () => {
  it.each([
    ['processTime', { processTime: hours(-1) }, 'Process time cannot be negative'],
    ['processTime', { processTime: hours(Number.NaN) }, 'Process time must be a number'],
    ['processTime', { processTime: hours(Infinity) }, 'Process time must be a number'],
    ['leadTime', { leadTime: hours(-2) }, 'Lead time cannot be negative'],
    ['completeAndAccurate', { completeAndAccurate: 101 }, '%C&A must be between 0 and 100'],
    ['completeAndAccurate', { completeAndAccurate: -5 }, '%C&A must be between 0 and 100'],
    ['people', { people: 1.5 }, 'People must be a whole number'],
    ['uptime', { uptime: 120 }, 'Uptime must be between 0 and 100'],
    ['changeoverTime', { changeoverTime: hours(-1) }, 'Changeover time cannot be negative'],
    ['batchSize', { batchSize: -3 }, 'Batch size cannot be negative'],
    ['queueSize', { queueSize: Number.NaN }, 'Queue size must be a number'],
    ['name', { name: '   ' }, 'Step name cannot be empty'],
    ['name', { name: 'x'.repeat(201) }, 'Step name cannot be longer than 200 characters'],
    ['notes', { notes: 'x'.repeat(10_001) }, 'Notes cannot be longer than 10,000 characters'],
    ['wait', { wait: hours(-1) }, 'Wait cannot be negative'],
  ])('refuses a bad %s with a message naming the field', (field, patch, message) => {
    const error = refusal(() =>
      validateNewStep({ name: 'Review', ...patch }, DEFAULT_TIME_CONVENTIONS),
    );
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('refuses a time given as text', () => {
    const error = refusal(() =>
      validateNewStep(
        { name: 'Review', processTime: JSON.parse('{"value":"3","unit":"hours"}') },
        DEFAULT_TIME_CONVENTIONS,
      ),
    );
    expect(error.message).toBe('Process time must be a number');
  });

  it('refuses a process time longer than the lead time, showing both', () => {
    const error = refusal(() =>
      validateNewStep(
        { name: 'Review', processTime: hours(3), leadTime: hours(2) },
        DEFAULT_TIME_CONVENTIONS,
      ),
    );
    expect(error.field).toBe('processTime');
    expect(error.message).toBe('Process time (3 h) is longer than lead time (2 h)');
  });

  it('compares process and lead time after converting units', () => {
    expect(() =>
      validateNewStep(
        { name: 'Build', processTime: days(1), leadTime: hours(9) },
        DEFAULT_TIME_CONVENTIONS,
      ),
    ).not.toThrow();
    expect(() =>
      validateNewStep(
        { name: 'Build', processTime: days(1), leadTime: hours(9) },
        { ...DEFAULT_TIME_CONVENTIONS, workingHoursPerDay: 10 },
      ),
    ).toThrow('Process time (1 d) is longer than lead time (9 h)');
  });

  it('fills defaults: no time and no wait, 100 % C&A, one person, empty notes', () => {
    expect(validateNewStep({ name: ' Review ' }, DEFAULT_TIME_CONVENTIONS)).toEqual({
      name: 'Review',
      role: '',
      processTime: hours(0),
      leadTime: hours(0),
      wait: hours(0),
      completeAndAccurate: 100,
      people: 1,
      notes: '',
    });
  });

  it('stores nothing when a change is refused', () => {
    const map = linearMap([['Review', 1, 2]]);
    const before = JSON.stringify(map);
    expect(() => updateStep(map, 's1', { name: 'QA', processTime: hours(-5) })).toThrow(
      VsmValidationError,
    );
    expect(() => addStep(map, { name: 'QA', completeAndAccurate: 150 })).toThrow(
      VsmValidationError,
    );
    expect(JSON.stringify(map)).toBe(before);
  });

  it('refuses changes to a step that no longer exists', () => {
    const error = refusal(() => updateStep(emptyMap(), 'gone', { name: 'x' }));
    expect(error.field).toBe('stepId');
    expect(error.message).toBe('That step no longer exists');
  });
});
