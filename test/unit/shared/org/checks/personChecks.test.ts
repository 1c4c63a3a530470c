import { describe, expect, it } from 'vitest';
import { updatePerson } from '../../../../../shared/org/personChanges';
import {
  movePlacement,
  placePerson,
  setAllocation,
} from '../../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../../shared/org/roleCatalogue';
import { flatTeam, matrixOf, withPerson } from '../orgTestDesigns';
import { findings } from './checkHelpers';

const DEV = ROLE_IDS.developmentTeam;

describe('over-allocation', () => {
  it('stays quiet at exactly the capacity, float noise included', () => {
    const design = matrixOf(['a', 'b', 'c']);
    setAllocation(design, 's1', 'dev-a|a|developmentTeam', 33.3);
    placePerson(design, 's1', { personId: 'dev-a', serviceId: 'b', roleId: DEV, allocation: 33.3 });
    placePerson(design, 's1', { personId: 'dev-a', serviceId: 'c', roleId: DEV, allocation: 33.4 });
    expect(findings(design, 'overAllocation')).toEqual([]);
  });

  it('is an error when the allocations add up to more than the capacity', () => {
    const design = matrixOf(['pay', 'web']);
    placePerson(design, 's1', {
      personId: 'dev-pay',
      serviceId: 'web',
      roleId: DEV,
      allocation: 30,
    });
    expect(findings(design, 'overAllocation')).toEqual([
      {
        id: 'overAllocation:dev-pay',
        rule: 'overAllocation',
        severity: 'error',
        reason: 'Dev pay is allocated 130 % but can work 100 % (1 FTE): nobody keeps that pace',
        source: 'Enterprise DevOps white paper, §5: a sustainable pace',
        target: { kind: 'person', personId: 'dev-pay' },
      },
    ]);
  });

  it('measures against a part-timer’s capacity', () => {
    const design = flatTeam();
    updatePerson(design, 'dev', { capacity: 0.5 });
    expect(findings(design, 'overAllocation')[0]!.reason).toBe(
      'Dev is allocated 100 % but can work 50 % (0.5 FTE): nobody keeps that pace',
    );
  });
});

describe('context switching', () => {
  it('stays quiet for someone on one service', () => {
    expect(findings(matrixOf(['pay', 'web']), 'contextSwitching')).toEqual([]);
  });

  it('warns when what is left after switching is less than what is planned', () => {
    const design = matrixOf(['pay', 'web']);
    setAllocation(design, 's1', 'dev-pay|pay|developmentTeam', 50);
    placePerson(design, 's1', {
      personId: 'dev-pay',
      serviceId: 'web',
      roleId: DEV,
      allocation: 50,
    });
    expect(findings(design, 'contextSwitching')).toMatchObject([
      {
        severity: 'warning',
        target: { kind: 'person', personId: 'dev-pay' },
        reason:
          'Dev pay works on 2 services: about 20 % goes to switching (Weinberg), leaving 0.8 of 1 FTE for 1 FTE planned',
      },
    ]);
  });

  it('only informs when the plan leaves room for the switching', () => {
    const design = matrixOf(['pay', 'web']);
    setAllocation(design, 's1', 'dev-pay|pay|developmentTeam', 40);
    placePerson(design, 's1', {
      personId: 'dev-pay',
      serviceId: 'web',
      roleId: DEV,
      allocation: 20,
    });
    expect(findings(design, 'contextSwitching')[0]).toMatchObject({
      severity: 'info',
      reason:
        'Dev pay works on 2 services: about 20 % goes to switching (Weinberg), leaving 0.8 of 1 FTE for 0.6 FTE planned',
    });
  });
});

describe('expert spread', () => {
  it('stays quiet for an expert on two services', () => {
    const design = matrixOf(['a', 'b']);
    setAllocation(design, 's1', 'ops-a|a|operationTeam', 50);
    placePerson(design, 's1', {
      personId: 'ops-a',
      serviceId: 'b',
      roleId: ROLE_IDS.operationTeam,
      allocation: 50,
    });
    expect(findings(design, 'expertSpread')).toEqual([]);
  });

  it('warns for an expert on three services', () => {
    const design = matrixOf(['a', 'b', 'c']);
    setAllocation(design, 's1', 'ops-a|a|operationTeam', 30);
    for (const serviceId of ['b', 'c']) {
      placePerson(design, 's1', {
        personId: 'ops-a',
        serviceId,
        roleId: ROLE_IDS.operationTeam,
        allocation: 30,
      });
    }
    expect(findings(design, 'expertSpread')).toMatchObject([
      {
        severity: 'warning',
        target: { kind: 'person', personId: 'ops-a' },
        reason:
          'Oli a serves 3 services: at 3 or more an expert loses 40 % or more to switching (Weinberg)',
      },
    ]);
  });
});

describe('Service Master span', () => {
  it('stays quiet when the experts report to their pools', () => {
    const design = matrixOf(['pay']);
    for (let i = 1; i <= 8; i++) {
      withPerson(design, `d${i}`, {
        name: `Developer ${i}`,
        experience: ['Development'],
        poolId: 'devPool',
      });
      placePerson(design, 's1', {
        personId: `d${i}`,
        serviceId: 'pay',
        roleId: DEV,
        allocation: 100,
      });
    }
    expect(findings(design, 'serviceMasterSpan')).toEqual([]);
  });

  it('warns when more than six people without a pool report to one Service Master', () => {
    const design = matrixOf(['pay']);
    for (let i = 1; i <= 3; i++) {
      withPerson(design, `d${i}`, { name: `Developer ${i}`, experience: ['Development'] });
      placePerson(design, 's1', {
        personId: `d${i}`,
        serviceId: 'pay',
        roleId: DEV,
        allocation: 100,
      });
    }
    for (const seat of ['pm', 'gk', 'dev', 'ops'])
      updatePerson(design, `${seat}-pay`, { poolId: null });
    expect(findings(design, 'serviceMasterSpan')).toMatchObject([
      {
        severity: 'warning',
        target: { kind: 'person', personId: 'sm-pay' },
        reason:
          '7 people without a functional pool report to Service Master Sam pay: Toyota’s chief engineer has about 6 — let pools lead the experts',
      },
    ]);
    updatePerson(design, 'ops-pay', { poolId: 'opsPool' });
    expect(findings(design, 'serviceMasterSpan')).toEqual([]);
  });

  it('leaves a flat team to the team size check', () => {
    expect(findings(flatTeam(4), 'serviceMasterSpan')).toEqual([]);
  });
});

describe('pool membership', () => {
  it('stays quiet when every expert has a pool, and for flat teams', () => {
    expect(findings(matrixOf(['pay']), 'poolMembership')).toEqual([]);
    expect(findings(flatTeam(), 'poolMembership')).toEqual([]);
  });

  it('warns for an expert without a pool but not for a Service Master', () => {
    const design = matrixOf(['pay']);
    updatePerson(design, 'dev-pay', { poolId: null });
    updatePerson(design, 'sm-pay', { poolId: null });
    expect(findings(design, 'poolMembership')).toMatchObject([
      {
        severity: 'warning',
        target: { kind: 'person', personId: 'dev-pay' },
        reason:
          'Dev pay has no functional pool: in a matrix each expert has exactly one functional home that develops them',
      },
    ]);
  });

  it('says so when the pool was deleted on another laptop', () => {
    const design = matrixOf(['pay']);
    delete design.pools.devPool;
    expect(findings(design, 'poolMembership')[0]!.reason).toBe(
      'Dev pay is in a pool that was deleted: in a matrix each expert has exactly one functional home that develops them',
    );
  });

  it('holds for a person moved into the Service Master role too', () => {
    const design = matrixOf(['pay']);
    withPerson(design, 'x', { name: 'Xena', experience: ['Development'] });
    const key = placePerson(design, 's1', {
      personId: 'x',
      serviceId: 'pay',
      roleId: DEV,
      allocation: 10,
    });
    expect(findings(design, 'poolMembership')).toHaveLength(1);
    movePlacement(design, 's1', key, { roleId: ROLE_IDS.serviceMaster });
    expect(findings(design, 'poolMembership')).toEqual([]);
  });
});
