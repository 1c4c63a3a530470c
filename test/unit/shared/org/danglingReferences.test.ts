import { describe, expect, it } from 'vitest';
import {
  danglingReferences,
  repairDanglingReferences,
} from '../../../../shared/org/danglingReferences';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addScenario, setApprovalBoard } from '../../../../shared/org/scenarioChanges';
import { setSmoMember } from '../../../../shared/org/serviceChanges';
import { emptyDesign, place, withPerson, withPool, withService } from './orgTestDesigns';

/** A design as two laptops' merged edits can leave it: each reference points at something gone. */
function mergedDesign() {
  const design = emptyDesign('matrix');
  withPool(design, 'dev', 'Development');
  withService(design, 'pay', { name: 'Payments' });
  withService(design, 'web', { name: 'Web shop' });
  withPerson(design, 'anna', { name: 'Anna', poolId: 'dev' });
  withPerson(design, 'ben', { name: 'Ben' });
  place(design, { personId: 'anna', serviceId: 'pay', roleId: ROLE_IDS.developmentTeam });
  place(design, { personId: 'ben', serviceId: 'web', roleId: ROLE_IDS.operationTeam });
  place(design, { personId: 'ben', serviceId: 'pay', roleId: ROLE_IDS.gatekeeper });
  setApprovalBoard(design, 's1', 'web', true);
  setSmoMember(design, 'anna', true);
  addScenario(design, { name: 'Variant', structure: 'flat' }, () => 'v');
  design.baselineScenarioId = 'v';
  // What the other laptop deleted meanwhile:
  delete design.people.anna;
  delete design.services.web;
  delete design.pools.dev;
  delete design.scenarios.v;
  return design;
}

describe('danglingReferences', () => {
  it('is empty for a sound design', () => {
    const design = emptyDesign('matrix');
    withPerson(design, 'anna', { name: 'Anna' });
    expect(danglingReferences(design)).toEqual([]);
  });

  it('lists each reference to something deleted, with a sentence and its repair', () => {
    const design = mergedDesign();
    design.people.ben!.poolId = 'dev';
    expect(danglingReferences(design)).toEqual([
      {
        reference: {
          kind: 'placement',
          scenarioId: 's1',
          key: 'anna|pay|developmentTeam',
          missing: 'person',
        },
        message:
          'In “Matrix”, a placement names a person who was deleted (perhaps on another laptop).',
        repair: 'Remove this placement.',
      },
      {
        reference: {
          kind: 'placement',
          scenarioId: 's1',
          key: 'ben|web|operationTeam',
          missing: 'service',
        },
        message:
          'In “Matrix”, Ben is placed on a service that was deleted (perhaps on another laptop).',
        repair: 'Remove this placement.',
      },
      {
        reference: { kind: 'approvalBoard', scenarioId: 's1', serviceId: 'web' },
        message: 'In “Matrix”, an approval board is set for a service that was deleted.',
        repair: 'Forget that approval board.',
      },
      {
        reference: { kind: 'pool', personId: 'ben', poolId: 'dev' },
        message: 'Ben belongs to a pool that was deleted (perhaps on another laptop).',
        repair: 'Leave Ben without a pool, to be given one.',
      },
      {
        reference: { kind: 'smoMember', personId: 'anna' },
        message: 'The Service Management Office lists a person who was deleted.',
        repair: 'Take them off the Service Management Office.',
      },
      {
        reference: { kind: 'baseline', scenarioId: 'v' },
        message: 'The baseline scenario was deleted (perhaps on another laptop).',
        repair: 'Leave no scenario marked as the baseline until one is chosen.',
      },
    ]);
  });
});

describe('repairDanglingReferences', () => {
  it('removes only what points at something gone', () => {
    const design = mergedDesign();
    expect(repairDanglingReferences(design)).toBe(5);
    expect(danglingReferences(design)).toEqual([]);
    expect(Object.keys(design.scenarios.s1!.placements)).toEqual(['ben|pay|gatekeeper']);
    expect(design.people.ben).toBeDefined();
  });
});
