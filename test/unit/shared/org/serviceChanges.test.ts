import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { setApprovalBoard } from '../../../../shared/org/scenarioChanges';
import {
  addService,
  deleteService,
  renameSmo,
  setSmoMember,
  updateService,
} from '../../../../shared/org/serviceChanges';
import { emptyDesign, place, withPerson, withService } from './orgTestDesigns';

describe('services', () => {
  it('are complicated unless said otherwise', () => {
    const design = emptyDesign('matrix');
    const id = addService(design, { name: 'Payments' }, () => 'pay');
    expect(design.services[id]).toEqual({
      id: 'pay',
      name: 'Payments',
      complexity: 'complicated',
      order: 0,
    });
    updateService(design, 'pay', { complexity: 'simple' });
    expect(design.services.pay!.complexity).toBe('simple');
  });

  it('refuse an unknown complexity and a taken name', () => {
    const design = emptyDesign('matrix');
    withService(design, 'pay', { name: 'Payments' });
    expect(() => updateService(design, 'pay', { complexity: 'hard' as 'simple' })).toThrow(
      'Complexity must be simple, complicated or complex',
    );
    expect(() => addService(design, { name: 'PAYMENTS' })).toThrow(
      'There is already a service called “PAYMENTS”',
    );
  });

  it('with people placed are kept unless the placements go too', () => {
    const design = emptyDesign('matrix');
    withService(design, 'pay', { name: 'Payments' });
    withPerson(design, 'anna', { name: 'Anna' });
    place(design, { personId: 'anna', serviceId: 'pay', roleId: ROLE_IDS.developmentTeam });
    setApprovalBoard(design, 's1', 'pay', true);
    expect(() => deleteService(design, 'pay')).toThrow(
      'People are placed on Payments in “Matrix”. Nothing was deleted',
    );
    deleteService(design, 'pay', { withPlacements: true });
    expect(design.services).toEqual({});
    expect(design.scenarios.s1!.placements).toEqual({});
    expect(design.scenarios.s1!.approvalBoards).toEqual({});
  });
});

describe('the Service Management Office', () => {
  it('is renamed and takes members in and out', () => {
    const design = emptyDesign();
    withPerson(design, 'anna', { name: 'Anna' });
    renameSmo(design, 'SMO Europe');
    setSmoMember(design, 'anna', true);
    expect(design.smo).toEqual({ name: 'SMO Europe', memberIds: { anna: true } });
    setSmoMember(design, 'anna', false);
    expect(design.smo.memberIds).toEqual({});
    expect(() => setSmoMember(design, 'gone', true)).toThrow(
      'This person is no longer in the design',
    );
  });
});
