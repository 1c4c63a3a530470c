import { describe, expect, it } from 'vitest';
import { placePerson, unplace } from '../../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../../shared/org/roleCatalogue';
import { setApprovalBoard } from '../../../../../shared/org/scenarioChanges';
import { updateRole } from '../../../../../shared/org/roleChanges';
import { emptyDesign, flatTeam, matrixOf, withPerson, withService } from '../orgTestDesigns';
import { findings } from './checkHelpers';

describe('missing roles', () => {
  it('stay quiet when every required role is there', () => {
    expect(findings(flatTeam(), 'missingRole')).toEqual([]);
    expect(findings(matrixOf(['pay', 'web']), 'missingRole')).toEqual([]);
  });

  it('name the service that lacks a Gatekeeper', () => {
    const design = matrixOf(['pay', 'web']);
    unplace(design, 's1', 'gk-pay|pay|gatekeeper');
    expect(findings(design, 'missingRole')).toEqual([
      {
        id: 'missingRole:pay:gatekeeper',
        rule: 'missingRole',
        severity: 'error',
        reason:
          'pay has no Gatekeeper / Release coordinator: the white paper asks for one in every service',
        source: 'Enterprise DevOps white paper, §5 roles',
        target: { kind: 'service', serviceId: 'pay' },
      },
    ]);
  });

  it.each([
    ['Service Master', 'sm|', ROLE_IDS.serviceMaster],
    ['Process Master', 'pm|', ROLE_IDS.processMaster],
    ['development team', 'dev|', ROLE_IDS.developmentTeam],
    ['operation team', 'ops|', ROLE_IDS.operationTeam],
  ])('fire in a flat team without a %s', (_, keyStart, roleId) => {
    const design = flatTeam();
    unplace(design, 's1', `${keyStart}|${roleId}`);
    expect(findings(design, 'missingRole').map((check) => check.id)).toEqual([
      `missingRole:s1:${roleId}`,
    ]);
  });

  it('follow the catalogue: a role made optional is not asked for', () => {
    const design = flatTeam();
    unplace(design, 's1', 'pm||processMaster');
    updateRole(design, ROLE_IDS.processMaster, { requiredPerService: false });
    expect(findings(design, 'missingRole')).toEqual([]);
  });

  it('report a matrix service nobody is placed on once, as an error', () => {
    const design = matrixOf(['pay']);
    withService(design, 'web', { name: 'Web shop' });
    expect(findings(design, 'missingRole')).toMatchObject([
      { severity: 'error', reason: 'Nobody is placed on Web shop: a service needs its team' },
    ]);
  });

  it('say only that an empty flat team is empty', () => {
    expect(findings(emptyDesign('flat'), 'missingRole')).toMatchObject([
      {
        severity: 'info',
        reason: 'Nobody is placed in Flat team yet: place people to check the design',
      },
    ]);
  });

  it('warn about a second Service Master on one service', () => {
    const design = matrixOf(['pay']);
    withPerson(design, 'zoe', { name: 'Zoe', experience: ['Product Owner'], poolId: 'mgmt' });
    placePerson(design, 's1', {
      personId: 'zoe',
      serviceId: 'pay',
      roleId: ROLE_IDS.serviceMaster,
      allocation: 50,
    });
    expect(findings(design, 'missingRole')).toMatchObject([
      {
        severity: 'warning',
        reason:
          'pay has 2 Service Masters (Sam pay and Zoe): one person is accountable for a service',
      },
    ]);
  });
});

describe('approval boards', () => {
  it('stay quiet when the team’s Gatekeeper decides', () => {
    expect(findings(matrixOf(['pay']), 'approvalBoard')).toEqual([]);
  });

  it('warn when a service’s releases wait for an external board', () => {
    const design = matrixOf(['pay']);
    setApprovalBoard(design, 's1', 'pay', true);
    expect(findings(design, 'approvalBoard')).toMatchObject([
      {
        severity: 'warning',
        target: { kind: 'service', serviceId: 'pay' },
        reason:
          'pay’s releases wait for an external approval board: DORA finds that slows delivery without making it safer — let the Gatekeeper decide with peer review',
      },
    ]);
  });
});
