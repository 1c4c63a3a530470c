import { describe, expect, it } from 'vitest';
import { addRole, deleteRole, updateRole } from '../../../../shared/org/roleChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { emptyDesign, place, withPerson } from './orgTestDesigns';

describe('roles', () => {
  it('can be added to the catalogue with their experience and stages', () => {
    const design = emptyDesign();
    const id = addRole(
      design,
      { name: 'Security champion', requiredExperience: ['Security'], stages: ['deployment'] },
      () => 'sec',
    );
    expect(design.roles[id]).toEqual({
      id: 'sec',
      name: 'Security champion',
      responsibility: '',
      requiredExperience: ['Security'],
      stages: ['deployment'],
      requiredPerService: false,
      order: 7,
    });
  });

  it('of the white paper can be renamed and given other experience', () => {
    const design = emptyDesign();
    updateRole(design, ROLE_IDS.serviceMaster, {
      name: 'Chief engineer',
      requiredExperience: ['Product Owner', 'Engineering lead'],
    });
    expect(design.roles.serviceMaster).toMatchObject({
      name: 'Chief engineer',
      requiredExperience: ['Product Owner', 'Engineering lead'],
    });
  });

  it('refuse an unknown stage and a taken name', () => {
    const design = emptyDesign();
    expect(() =>
      updateRole(design, ROLE_IDS.gatekeeper, { stages: ['lunch' as 'deployment'] }),
    ).toThrow('A stage must be one of the eleven process stages');
    expect(() => addRole(design, { name: 'service master' })).toThrow(
      'There is already a role called “service master”',
    );
  });

  it('of the white paper cannot be deleted', () => {
    const design = emptyDesign();
    expect(() => deleteRole(design, ROLE_IDS.gatekeeper)).toThrow(
      "Gatekeeper / Release coordinator is one of the white paper's seven roles and stays in the catalogue. Nothing was deleted: rename it or leave it unused.",
    );
  });

  it('someone holds are kept unless their placements go too', () => {
    const design = emptyDesign();
    addRole(design, { name: 'Security champion' }, () => 'sec');
    withPerson(design, 'anna', { name: 'Anna' });
    place(design, { personId: 'anna', roleId: 'sec' });
    expect(() => deleteRole(design, 'sec')).toThrow(
      'People hold the role Security champion in “Flat team”. Nothing was deleted',
    );
    deleteRole(design, 'sec', { withPlacements: true });
    expect(design.roles.sec).toBeUndefined();
    expect(design.scenarios.s1!.placements).toEqual({});
  });
});
