import { describe, expect, it } from 'vitest';
import { checkDesign, checkScenario } from '../../../../../shared/org/checks/checkScenario';
import { updatePerson } from '../../../../../shared/org/personChanges';
import { placePerson, unplace } from '../../../../../shared/org/placementChanges';
import { preloadedOrgDesign } from '../../../../../shared/org/preloadedDesigns';
import { ROLE_IDS } from '../../../../../shared/org/roleCatalogue';
import { addScenario } from '../../../../../shared/org/scenarioChanges';
import { flatTeam, matrixOf, NOW, sequentialIds } from '../orgTestDesigns';

describe('checkScenario', () => {
  it('finds no error or warning in either preloaded design', () => {
    for (const structure of ['flat', 'matrix'] as const) {
      const design = preloadedOrgDesign(structure, NOW, sequentialIds());
      const checks = checkScenario(design, Object.keys(design.scenarios)[0]!);
      expect(checks.filter((check) => check.severity !== 'info')).toEqual([]);
    }
  });

  it('lists errors first, then warnings, then information', () => {
    const design = matrixOf(['pay', 'web']);
    unplace(design, 's1', 'gk-web|web|gatekeeper');
    updatePerson(design, 'pm-web', { experience: ['Agile'] });
    placePerson(design, 's1', {
      personId: 'dev-pay',
      serviceId: 'web',
      roleId: ROLE_IDS.developmentTeam,
      allocation: 10,
    });
    expect(checkScenario(design, 's1').map((check) => [check.severity, check.rule])).toEqual([
      ['error', 'missingRole'],
      ['error', 'overAllocation'],
      ['warning', 'contextSwitching'],
      ['warning', 'roleExperience'],
      ['info', 'singlePointOfFailure'],
    ]);
  });

  it('skips a placement whose person was deleted on another laptop', () => {
    const design = flatTeam();
    delete design.people.gk;
    expect(checkScenario(design, 's1').map((check) => check.id)).toEqual([
      'missingRole:s1:gatekeeper',
      'singlePointOfFailure:serviceMaster',
      'singlePointOfFailure:processMaster',
      'singlePointOfFailure:developmentTeam',
      'singlePointOfFailure:operationTeam',
    ]);
  });

  it('says so for a scenario deleted meanwhile', () => {
    expect(() => checkScenario(flatTeam(), 'gone')).toThrow(
      'This scenario is no longer in the design',
    );
  });
});

describe('checkDesign', () => {
  it('checks every scenario', () => {
    const design = flatTeam();
    addScenario(design, { name: 'Matrix', structure: 'matrix' }, () => 'm');
    const checks = checkDesign(design);
    expect(Object.keys(checks).sort()).toEqual(['m', 's1']);
    expect(checks.m!.map((check) => check.reason)).toEqual([
      'Nobody is placed on Shop: a service needs its team',
    ]);
  });
});
