import { describe, expect, it } from 'vitest';
import {
  addPeople,
  addPerson,
  deletePerson,
  placementsOfPerson,
  updatePerson,
} from '../../../../shared/org/personChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { setSmoMember } from '../../../../shared/org/serviceChanges';
import { emptyDesign, place, sequentialIds, withPerson, withPool } from './orgTestDesigns';

describe('addPerson', () => {
  it('fills in a full-time capacity and no experience', () => {
    const design = emptyDesign();
    const id = addPerson(design, { name: ' Anna Schmidt ' }, () => 'anna');
    expect(design.people[id]).toEqual({
      id: 'anna',
      name: 'Anna Schmidt',
      experience: [],
      capacity: 1,
    });
  });

  it('keeps each experience once, whatever its case', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna', experience: ['Agile', 'agile ', 'Tools'] });
    expect(design.people.anna!.experience).toEqual(['Agile', 'Tools']);
  });

  it.each([
    [{ name: '' }, 'The name cannot be empty'],
    [{ name: 'Anna', capacity: -0.5 }, 'Capacity must be between 0 and 1.5 FTE'],
    [{ name: 'Anna', capacity: 12 }, 'Capacity must be between 0 and 1.5 FTE'],
    [{ name: 'Anna', capacity: Number.NaN }, 'Capacity must be a number'],
    [{ name: 'Anna', costPerFteYear: -1 }, 'Cost per FTE-year cannot be negative'],
    [
      { name: 'Anna', experience: ['Ops;Dev'] },
      'An experience cannot contain “;” — it separates experiences in a spreadsheet',
    ],
    [{ name: 'Anna', poolId: 'gone' }, 'That pool is no longer in the design'],
  ])('refuses %j: “%s”', (input, message) => {
    const design = emptyDesign();
    expect(() => addPerson(design, input)).toThrow(message);
    expect(design.people).toEqual({});
  });

  it('refuses a second person of the same name', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    expect(() => addPerson(design, { name: 'anna' })).toThrow(
      'There is already a person called “anna”: add something that tells the two apart',
    );
  });
});

describe('addPeople', () => {
  it('adds nobody when one of them is refused', () => {
    const design = emptyDesign();
    expect(() =>
      addPeople(design, [{ name: 'Anna' }, { name: 'Ben' }, { name: 'ANNA' }], sequentialIds()),
    ).toThrow('There is already a person called “ANNA”');
    expect(design.people).toEqual({});
  });
});

describe('updatePerson', () => {
  it('changes the given fields and clears an optional one with null', () => {
    const design = emptyDesign();
    withPool(design, 'dev');
    withPerson(design, 'anna', { name: 'Anna', location: 'Berlin', costPerFteYear: 90_000 });
    updatePerson(design, 'anna', { capacity: 0.8, location: null, poolId: 'dev' });
    expect(design.people.anna).toEqual({
      id: 'anna',
      name: 'Anna',
      experience: [],
      capacity: 0.8,
      costPerFteYear: 90_000,
      poolId: 'dev',
    });
  });

  it('lets a person whose pool went in a merge still be edited', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    design.people.anna!.poolId = 'deleted-elsewhere';
    updatePerson(design, 'anna', { capacity: 0.5 });
    expect(design.people.anna!.capacity).toBe(0.5);
  });

  it('refuses a name another person has', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    withPerson(design, 'ben', { name: 'Ben' });
    expect(() => updatePerson(design, 'ben', { name: 'Anna' })).toThrow(
      'There is already a person called “Anna”',
    );
    expect(design.people.ben!.name).toBe('Ben');
  });

  it('says so when the person was deleted meanwhile', () => {
    expect(() => updatePerson(emptyDesign(), 'gone', { capacity: 1 })).toThrow(
      'This person is no longer in the design',
    );
  });
});

describe('deletePerson', () => {
  it('refuses to delete a placed person and says where they are placed', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    place(design, { personId: 'anna', roleId: ROLE_IDS.developmentTeam });
    expect(() => deletePerson(design, 'anna')).toThrow(
      'Anna is placed in “Flat team”. Nothing was deleted: remove the placements first, or delete the person together with the placements.',
    );
    expect(design.people.anna).toBeDefined();
  });

  it('removes the person with placements and SMO membership when asked', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    place(design, { personId: 'anna', roleId: ROLE_IDS.developmentTeam });
    setSmoMember(design, 'anna', true);
    expect(placementsOfPerson(design, 'anna')).toEqual([
      { scenarioId: 's1', keys: ['anna||developmentTeam'] },
    ]);
    deletePerson(design, 'anna', { withPlacements: true });
    expect(design.people).toEqual({});
    expect(design.scenarios.s1!.placements).toEqual({});
    expect(design.smo.memberIds).toEqual({});
  });

  it('deletes an unplaced person and ignores one already gone', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    deletePerson(design, 'anna');
    deletePerson(design, 'anna');
    expect(design.people).toEqual({});
  });
});
