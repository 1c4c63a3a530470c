import { describe, expect, it } from 'vitest';
import {
  flatRoleOrder,
  likelyRole,
  neighbourTarget,
  remainingAllocation,
} from '../../../renderer/org/placementDefaults';
import { design, person, place, pool, service } from './orgTestDesign';

describe('placement defaults', () => {
  it('guesses the role a person already holds, else one their experience fits', () => {
    const doc = design();
    service(doc, 'portal');
    person(doc, 'anna', { experience: ['Operations'] });
    person(doc, 'ben', { experience: ['Product Owner'] });
    person(doc, 'cleo');
    expect(likelyRole(doc, doc.scenarios.s1!, 'anna')).toBe('gatekeeper');
    expect(likelyRole(doc, doc.scenarios.s1!, 'ben')).toBe('serviceMaster');
    expect(likelyRole(doc, doc.scenarios.s1!, 'cleo')).toBe('developmentTeam');
    place(doc, { personId: 'anna', serviceId: 'portal', roleId: 'operationTeam' });
    expect(likelyRole(doc, doc.scenarios.s1!, 'anna')).toBe('operationTeam');
  });

  it('offers what is left of a person’s capacity, or 100 % once nothing is left', () => {
    const doc = design();
    service(doc, 'portal');
    service(doc, 'payments');
    person(doc, 'anna', { capacity: 0.8 });
    expect(remainingAllocation(doc, doc.scenarios.s1!, 'anna')).toBe(80);
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 50,
    });
    expect(remainingAllocation(doc, doc.scenarios.s1!, 'anna')).toBe(30);
    place(doc, {
      personId: 'anna',
      serviceId: 'payments',
      roleId: 'developmentTeam',
      allocation: 30,
    });
    expect(remainingAllocation(doc, doc.scenarios.s1!, 'anna')).toBe(100);
  });

  it('moves a matrix placement to the neighbouring service and stops at either end', () => {
    const doc = design();
    pool(doc, 'dev');
    service(doc, 'a');
    service(doc, 'b');
    person(doc, 'anna', { poolId: 'dev' });
    const key = place(doc, { personId: 'anna', serviceId: 'a', roleId: 'developmentTeam' });
    expect(neighbourTarget(doc, doc.scenarios.s1!, key, 1)).toEqual({ serviceId: 'b' });
    expect(neighbourTarget(doc, doc.scenarios.s1!, key, -1)).toBeNull();
  });

  it('moves a flat placement along the roles in the team chart’s order', () => {
    const doc = design('flat');
    person(doc, 'anna');
    const key = place(doc, { personId: 'anna', roleId: 'serviceMaster' });
    const order = flatRoleOrder(doc);
    expect(order.slice(0, 2)).toEqual(['serviceMaster', 'processMaster']);
    expect(neighbourTarget(doc, doc.scenarios.s1!, key, 1)).toEqual({ roleId: 'processMaster' });
  });
});
