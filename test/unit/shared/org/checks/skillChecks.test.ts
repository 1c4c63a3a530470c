import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../../../shared/org/personChanges';
import { placePerson } from '../../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../../shared/org/roleCatalogue';
import { updateRole } from '../../../../../shared/org/roleChanges';
import { flatTeam, matrixOf, withPerson } from '../orgTestDesigns';
import { findings } from './checkHelpers';

describe('role experience', () => {
  it('stays quiet when everyone has an experience their role asks for', () => {
    expect(findings(matrixOf(['pay']), 'roleExperience')).toEqual([]);
  });

  it('warns for a Gatekeeper without IT service management or operations experience', () => {
    const design = matrixOf(['pay']);
    updatePerson(design, 'gk-pay', { experience: ['Development'] });
    expect(findings(design, 'roleExperience')).toEqual([
      {
        id: 'roleExperience:gk-pay|pay|gatekeeper',
        rule: 'roleExperience',
        severity: 'warning',
        reason:
          'Gus pay is Gatekeeper / Release coordinator on pay without the experience it asks for (IT service management or Operations)',
        source: 'Enterprise DevOps white paper, §5: required experience per role',
        target: { kind: 'placement', key: 'gk-pay|pay|gatekeeper', personId: 'gk-pay' },
      },
    ]);
  });

  it('matches experience case-insensitively and skips roles that ask for none', () => {
    const design = flatTeam();
    updatePerson(design, 'dev', { experience: ['  DEVELOPMENT'] });
    updateRole(design, ROLE_IDS.operationTeam, { requiredExperience: [] });
    updatePerson(design, 'ops', { experience: [] });
    expect(findings(design, 'roleExperience')).toEqual([]);
  });
});

describe('single point of failure', () => {
  it('stays quiet when two people could take each role', () => {
    expect(findings(matrixOf(['pay', 'web']), 'singlePointOfFailure')).toEqual([]);
  });

  it('informs when only one person has the experience for a role in use', () => {
    const design = matrixOf(['pay', 'web']);
    updatePerson(design, 'pm-web', { experience: ['Agile'] });
    expect(findings(design, 'singlePointOfFailure')).toEqual([
      {
        id: 'singlePointOfFailure:processMaster',
        rule: 'singlePointOfFailure',
        severity: 'info',
        reason:
          'Only Pia pay has the experience for Process Master (Scrum Master or Agile project leader): a single point of failure',
        source: 'Enterprise DevOps white paper, §5: required experience per role',
        target: { kind: 'person', personId: 'pm-pay' },
      },
    ]);
  });

  it('counts people who can stand in without holding the role', () => {
    const design = flatTeam();
    withPerson(design, 'x', {
      name: 'Xena',
      experience: ['Scrum Master', 'Product Owner', 'Operations', 'Development'],
    });
    placePerson(design, 's1', { personId: 'x', roleId: ROLE_IDS.developmentTeam, allocation: 100 });
    expect(findings(design, 'singlePointOfFailure')).toEqual([]);
  });
});
