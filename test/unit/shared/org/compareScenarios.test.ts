import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../../shared/org/compareScenarios';
import { updatePerson } from '../../../../shared/org/personChanges';
import { movePlacement, placePerson, setAllocation } from '../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addScenario, duplicateScenario } from '../../../../shared/org/scenarioChanges';
import { matrixOf, withService } from './orgTestDesigns';

const DEV = ROLE_IDS.developmentTeam;

/** Two services, each with its five seats; a copy "b" of the matrix to change. */
function twoScenarios() {
  const design = matrixOf(['pay', 'web']);
  duplicateScenario(design, 's1', () => 'b', 'Variant');
  return design;
}

describe('compareScenarios', () => {
  it('shows the same figures for a scenario and its unchanged copy, and nobody moved', () => {
    const comparison = compareScenarios(twoScenarios(), 's1', 'b');
    expect(comparison.a).toMatchObject({ headcount: 10, fte: 10, cost: null, sharedEvenly: false });
    expect(comparison.b.headcount).toBe(10);
    expect(comparison.moves).toEqual([]);
    expect(comparison.checksOnlyInA).toEqual([]);
    expect(comparison.checksOnlyInB).toEqual([]);
    expect(
      comparison.services.map((service) => [service.name, service.a.fte, service.b.fte]),
    ).toEqual([
      ['pay', 5, 5],
      ['web', 5, 5],
    ]);
  });

  it('rolls cost up per service from each person’s rate and allocation', () => {
    const design = twoScenarios();
    updatePerson(design, 'dev-pay', { costPerFteYear: 80_000 });
    updatePerson(design, 'ops-pay', { costPerFteYear: 70_000 });
    updatePerson(design, 'dev-web', { costPerFteYear: 90_000 });
    setAllocation(design, 'b', 'dev-pay|pay|developmentTeam', 50);
    placePerson(design, 'b', {
      personId: 'dev-pay',
      serviceId: 'web',
      roleId: DEV,
      allocation: 50,
    });
    const { a, b, services } = compareScenarios(design, 's1', 'b');
    expect(a.cost).toBe(240_000);
    expect(b.cost).toBe(240_000);
    expect(services.map((service) => [service.name, service.a.cost, service.b.cost])).toEqual([
      ['pay', 150_000, 110_000],
      ['web', 90_000, 130_000],
    ]);
    expect(a.missingRatePersonIds).toHaveLength(7);
  });

  it('leaves cost empty when nobody has a rate', () => {
    const { services } = compareScenarios(twoScenarios(), 's1', 'b');
    expect(services[0]!.a.cost).toBeNull();
  });

  it('splits a flat team’s FTE and cost evenly over the services it carries', () => {
    const design = matrixOf(['pay', 'web']);
    addScenario(design, { name: 'One team', structure: 'flat' }, () => 'f');
    placePerson(design, 'f', { personId: 'dev-pay', roleId: DEV, allocation: 100 });
    placePerson(design, 'f', { personId: 'dev-web', roleId: DEV, allocation: 50 });
    updatePerson(design, 'dev-pay', { costPerFteYear: 100_000 });
    const { b, services } = compareScenarios(design, 's1', 'f');
    expect(b).toMatchObject({ headcount: 2, fte: 1.5, sharedEvenly: true });
    expect(b.teams).toEqual([{ teamId: 'f', name: 'One team', size: 2, fte: 1.5 }]);
    expect(services.map((service) => [service.b.fte, service.b.cost])).toEqual([
      [0.75, 50_000],
      [0.75, 50_000],
    ]);
  });

  it('lists team sizes and the findings each scenario has that the other has not', () => {
    const design = twoScenarios();
    movePlacement(design, 'b', 'gk-web|web|gatekeeper', { serviceId: 'pay' });
    const comparison = compareScenarios(design, 's1', 'b');
    expect(comparison.b.teams.map((team) => [team.name, team.size])).toEqual([
      ['pay', 6],
      ['web', 4],
    ]);
    expect(comparison.checksOnlyInA).toEqual([]);
    expect(comparison.checksOnlyInB.map((check) => check.id)).toEqual([
      'missingRole:web:gatekeeper',
    ]);
    expect(comparison.b.counts).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('lists who moved where', () => {
    const design = twoScenarios();
    withService(design, 'api', { name: 'API' });
    movePlacement(design, 'b', 'gk-web|web|gatekeeper', { serviceId: 'pay' });
    setAllocation(design, 'b', 'dev-pay|pay|developmentTeam', 60);
    expect(compareScenarios(design, 's1', 'b').moves).toEqual([
      {
        personId: 'dev-pay',
        name: 'Dev pay',
        from: [
          {
            serviceId: 'pay',
            roleId: DEV,
            allocation: 100,
            label: 'pay · Development team · 100 %',
          },
        ],
        to: [
          { serviceId: 'pay', roleId: DEV, allocation: 60, label: 'pay · Development team · 60 %' },
        ],
      },
      {
        personId: 'gk-web',
        name: 'Gus web',
        from: [
          {
            serviceId: 'web',
            roleId: ROLE_IDS.gatekeeper,
            allocation: 100,
            label: 'web · Gatekeeper / Release coordinator · 100 %',
          },
        ],
        to: [
          {
            serviceId: 'pay',
            roleId: ROLE_IDS.gatekeeper,
            allocation: 100,
            label: 'pay · Gatekeeper / Release coordinator · 100 %',
          },
        ],
      },
    ]);
  });

  it('says so when a scenario was deleted meanwhile', () => {
    expect(() => compareScenarios(twoScenarios(), 's1', 'gone')).toThrow(
      'This scenario is no longer in the design',
    );
  });
});
