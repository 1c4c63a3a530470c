import { describe, expect, it } from 'vitest';
import {
  movePlacement,
  placeMany,
  placePerson,
  setAllocation,
  unplace,
} from '../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { emptyDesign, place, withPerson, withService } from './orgTestDesigns';

const DEV = ROLE_IDS.developmentTeam;
const OPS = ROLE_IDS.operationTeam;

function matrix() {
  const design = emptyDesign('matrix');
  withService(design, 'pay', { name: 'Payments' });
  withService(design, 'web', { name: 'Web shop' });
  withPerson(design, 'anna', { name: 'Anna' });
  withPerson(design, 'ben', { name: 'Ben', capacity: 0.5 });
  return design;
}

describe('placePerson', () => {
  it('keys a placement by person, service and role', () => {
    const design = matrix();
    const key = place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 60 });
    expect(key).toBe('anna|pay|developmentTeam');
    expect(design.scenarios.s1!.placements[key]).toEqual({
      personId: 'anna',
      serviceId: 'pay',
      roleId: DEV,
      allocation: 60,
    });
  });

  it('gives what is left of the person’s capacity when no allocation is said', () => {
    const design = matrix();
    place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 70 });
    const second = place(design, { personId: 'anna', serviceId: 'web', roleId: DEV });
    const half = place(design, { personId: 'ben', serviceId: 'web', roleId: OPS });
    const third = place(design, { personId: 'anna', serviceId: 'web', roleId: OPS });
    const placements = design.scenarios.s1!.placements;
    expect(placements[second]!.allocation).toBe(30);
    expect(placements[half]!.allocation).toBe(50);
    expect(placements[third]!.allocation).toBe(100);
  });

  it.each([
    [
      { allocation: 150 },
      'Allocation must be more than 0 % and at most 100 % (one full-time person)',
    ],
    [
      { allocation: 0 },
      'Allocation must be more than 0 % and at most 100 % (one full-time person)',
    ],
    [
      { allocation: -10 },
      'Allocation must be more than 0 % and at most 100 % (one full-time person)',
    ],
    [{ serviceId: undefined }, 'In a matrix each placement is on a service: choose one'],
    [{ serviceId: 'gone' }, 'This service is no longer in the design'],
    [{ personId: 'gone' }, 'This person is no longer in the design'],
    [{ roleId: 'gone' }, 'This role is no longer in the catalogue'],
  ])('refuses %j: “%s”, and places nobody', (change, message) => {
    const design = matrix();
    expect(() =>
      placePerson(design, 's1', { personId: 'anna', serviceId: 'pay', roleId: DEV, ...change }),
    ).toThrow(message);
    expect(design.scenarios.s1!.placements).toEqual({});
  });

  it('refuses a service in a flat team', () => {
    const design = emptyDesign('flat');
    withService(design, 'pay');
    withPerson(design, 'anna', { name: 'Anna' });
    expect(() => place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV })).toThrow(
      'In a flat design everyone works in the one team, so a placement names no service',
    );
  });

  it('refuses the same person, cell and role twice', () => {
    const design = matrix();
    place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV });
    expect(() => place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV })).toThrow(
      'Anna is already Development team on Payments in this scenario: change that allocation instead',
    );
  });
});

describe('placeMany', () => {
  it('places nobody when one row is refused', () => {
    const design = matrix();
    expect(() =>
      placeMany(design, 's1', [
        { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 50 },
        { personId: 'ben', serviceId: 'pay', roleId: DEV, allocation: 50 },
        { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 20 },
      ]),
    ).toThrow('Anna is already Development team on Payments');
    expect(design.scenarios.s1!.placements).toEqual({});
  });
});

describe('moving and removing placements', () => {
  it('moves a placement to another cell and role with its allocation', () => {
    const design = matrix();
    const key = place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 40 });
    const moved = movePlacement(design, 's1', key, { serviceId: 'web', roleId: OPS });
    expect(moved).toBe('anna|web|operationTeam');
    expect(Object.keys(design.scenarios.s1!.placements)).toEqual([moved]);
    expect(design.scenarios.s1!.placements[moved]!.allocation).toBe(40);
  });

  it('refuses a move onto a placement the person already has', () => {
    const design = matrix();
    const key = place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 40 });
    place(design, { personId: 'anna', serviceId: 'web', roleId: DEV, allocation: 40 });
    expect(() => movePlacement(design, 's1', key, { serviceId: 'web' })).toThrow(
      'Anna is already Development team on Web shop',
    );
    expect(Object.keys(design.scenarios.s1!.placements)).toHaveLength(2);
  });

  it('changes an allocation and takes a placement away', () => {
    const design = matrix();
    const key = place(design, { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 40 });
    setAllocation(design, 's1', key, 80);
    expect(design.scenarios.s1!.placements[key]!.allocation).toBe(80);
    expect(() => setAllocation(design, 's1', key, 101)).toThrow('Allocation must be more than 0 %');
    unplace(design, 's1', key);
    expect(design.scenarios.s1!.placements).toEqual({});
    expect(() => setAllocation(design, 's1', key, 50)).toThrow(
      'This placement is no longer in the scenario',
    );
  });
});
