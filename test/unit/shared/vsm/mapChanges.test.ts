import { describe, expect, it } from 'vitest';
import { newValueStreamMap, updateMapDetails } from '../../../../shared/vsm/mapChanges';
import { linearMap, NOW } from './vsmTestMaps';
import { days, hours } from './vsmTestMaps';
import { addStep } from '../../../../shared/vsm/stepChanges';

describe('newValueStreamMap', () => {
  it('starts an empty current-state map with the default conventions', () => {
    expect(newValueStreamMap({ title: ' Release flow ' }, NOW)).toEqual({
      schemaVersion: 1,
      kind: 'valueStreamMap',
      title: 'Release flow',
      scope: { trigger: '', outcome: '' },
      customer: '',
      supplier: '',
      timeConventions: { workingHoursPerDay: 8, workingDaysPerWeek: 5, displayUnit: 'hours' },
      state: 'current',
      steps: [],
      flows: { information: [], rework: [] },
      kaizens: [],
      createdAt: NOW,
    });
  });

  it('refuses an empty title', () => {
    expect(() => newValueStreamMap({ title: '' }, NOW)).toThrow('The title cannot be empty');
  });
});

describe('updateMapDetails', () => {
  it('changes only what the patch names', () => {
    const map = linearMap([['A', 1, 0]]);
    updateMapDetails(map, {
      scope: { trigger: 'Change request' },
      customer: 'Retail bank',
      timeConventions: { workingHoursPerDay: 7.5 },
      demand: { quantity: 12, per: 'weeks' },
    });
    expect(map).toMatchObject({
      title: 'Release flow',
      scope: { trigger: 'Change request', outcome: '' },
      customer: 'Retail bank',
      timeConventions: { workingHoursPerDay: 7.5, workingDaysPerWeek: 5, displayUnit: 'hours' },
      demand: { quantity: 12, per: 'weeks' },
    });
  });

  it('clears the demand and the link given null', () => {
    const map = linearMap([['A', 1, 0]]);
    updateMapDetails(map, {
      demand: { quantity: 3, per: 'days' },
      linkedMapUrl: 'automerge:2j9knpCseyhnK8izDmLpGP5WMdZQ',
    });
    updateMapDetails(map, { demand: null, linkedMapUrl: null });
    expect(map).not.toHaveProperty('demand');
    expect(map).not.toHaveProperty('linkedMapUrl');
  });

  it('refuses a working day that would make a step’s process time exceed its lead time', () => {
    const map = linearMap([]);
    addStep(map, { name: 'Build', processTime: days(1), leadTime: hours(9) });
    expect(() => updateMapDetails(map, { timeConventions: { workingHoursPerDay: 10 } })).toThrow(
      'With a 10-hour day and 5-day week, “Build” would take longer to work on (1 d) than to pass through (9 h)',
    );
    expect(map.timeConventions.workingHoursPerDay).toBe(8);
  });

  it('refuses impossible conventions and demand', () => {
    const map = linearMap([['A', 1, 0]]);
    expect(() => updateMapDetails(map, { timeConventions: { workingHoursPerDay: 25 } })).toThrow(
      'Working hours per day must be more than 0 and at most 24',
    );
    expect(() => updateMapDetails(map, { demand: { quantity: 0, per: 'days' } })).toThrow(
      'Demand must be more than 0',
    );
  });
});
