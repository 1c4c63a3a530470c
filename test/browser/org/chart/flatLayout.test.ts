import { describe, expect, it } from 'vitest';
import { scenarioModel } from '../../../../shared/org/scenarioModel';
import { flatLayout } from '../../../../renderer/org/chart/flatLayout';
import { chipLoads } from '../../../../renderer/org/chart/personLoad';
import { design, person, place } from '../orgTestDesign';

function layoutOf(doc: ReturnType<typeof design>) {
  const model = scenarioModel(doc, doc.scenarios.s1!);
  return flatLayout(model, chipLoads(model));
}

describe('flatLayout', () => {
  it('puts the Service Master and Process Master at the head, then every other role', () => {
    const layout = layoutOf(design('flat'));
    expect(layout.groups.filter((group) => group.head).map((group) => group.role.id)).toEqual([
      'serviceMaster',
      'processMaster',
    ]);
    expect(layout.groups.filter((group) => !group.head)).toHaveLength(5);
    const headBottom = Math.max(...layout.groups.filter((g) => g.head).map((g) => g.y + g.height));
    expect(layout.groups.filter((g) => !g.head).every((g) => g.y > headBottom)).toBe(true);
  });

  it('lists each person under their role and marks required roles nobody holds', () => {
    const doc = design('flat');
    person(doc, 'anna');
    person(doc, 'ben');
    place(doc, { personId: 'anna', roleId: 'developmentTeam', allocation: 60 });
    place(doc, { personId: 'ben', roleId: 'developmentTeam', allocation: 100 });
    place(doc, { personId: 'anna', roleId: 'devopsEngineer', allocation: 40 });
    const layout = layoutOf(doc);
    const group = (id: string) => layout.groups.find((each) => each.role.id === id)!;
    expect(group('developmentTeam').chips.map((chip) => chip.personId)).toEqual(['anna', 'ben']);
    expect(group('developmentTeam').total).toBe(160);
    expect(group('gatekeeper').missing).toBe(true);
    expect(group('reliabilityEngineer').missing).toBe(false);
    expect(group('devopsEngineer').missing).toBe(false);
    expect(layout.team).toMatchObject({ people: 2, total: 200, paths: 1 });
  });

  it('gives a long role name a second line and its people the room below it', () => {
    const doc = design('flat');
    person(doc, 'femi', { name: 'Femi Ade' });
    place(doc, { personId: 'femi', roleId: 'gatekeeper', allocation: 100 });
    const layout = layoutOf(doc);
    const gatekeeper = layout.groups.find((each) => each.role.id === 'gatekeeper')!;
    const devops = layout.groups.find((each) => each.role.id === 'devopsEngineer')!;
    expect(gatekeeper.heading).toEqual(['Gatekeeper / Release', 'coordinator']);
    expect(devops.heading).toEqual(['DevOps Engineer']);
    expect(gatekeeper.chips[0]!.y).toBeGreaterThanOrEqual(gatekeeper.y + gatekeeper.headerHeight);
    expect(gatekeeper.headerHeight).toBeGreaterThan(devops.headerHeight);
  });
});
