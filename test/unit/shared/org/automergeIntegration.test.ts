import { change, clone, init, load, merge, save, type Doc } from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import {
  danglingReferences,
  repairDanglingReferences,
} from '../../../../shared/org/danglingReferences';
import type { OrgDesignDoc } from '../../../../shared/org/OrgDesignDoc';
import { addPerson, deletePerson, updatePerson } from '../../../../shared/org/personChanges';
import { placePerson, setAllocation } from '../../../../shared/org/placementChanges';
import { updateRole } from '../../../../shared/org/roleChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { duplicateScenario } from '../../../../shared/org/scenarioChanges';
import { orgDesignDocSchema } from '../../../../shared/org/schemas/orgDesignDocSchema';
import { importOrgTables } from '../../../../shared/org/table/orgTables';
import { emptyDesign, withPerson, withService } from './orgTestDesigns';

function automergeDesign(): Doc<OrgDesignDoc> {
  const design = emptyDesign('matrix');
  withService(design, 'pay', { name: 'Payments' });
  withPerson(design, 'anna', { name: 'Anna', experience: ['Development'] });
  withPerson(design, 'ben', { name: 'Ben' });
  return change(init<OrgDesignDoc>(), (draft) => {
    Object.assign(draft, design);
  });
}

const DEV = ROLE_IDS.developmentTeam;

describe('change functions inside Automerge.change', () => {
  it('add, place, duplicate and delete on the change proxy and survive save and load', () => {
    let doc = automergeDesign();
    doc = change(doc, (draft) => {
      addPerson(draft, { name: 'Chen', capacity: 0.5 }, () => 'chen');
      placePerson(draft, 's1', { personId: 'chen', serviceId: 'pay', roleId: DEV });
      placePerson(draft, 's1', { personId: 'anna', serviceId: 'pay', roleId: DEV, allocation: 80 });
      duplicateScenario(draft, 's1', () => 'copy');
      deletePerson(draft, 'ben');
      updateRole(draft, ROLE_IDS.gatekeeper, { responsibility: 'Go / no-go on releases' });
    });
    const loaded = load<OrgDesignDoc>(save(doc));
    expect(orgDesignDocSchema.safeParse(loaded).success).toBe(true);
    expect(loaded.scenarios.copy!.placements['chen|pay|developmentTeam']!.allocation).toBe(50);
    expect(loaded.roles.gatekeeper!.responsibility).toBe('Go / no-go on releases');
    expect(loaded.people.ben).toBeUndefined();
  });

  it('import people and placements from CSV on the change proxy', () => {
    const doc = change(automergeDesign(), (draft) => {
      const outcome = importOrgTables(
        draft,
        's1',
        {
          people: 'Name,Experience,Capacity\nChen,Development; Agile,0.5\n',
          placements:
            'Person,Service,Role,Allocation\nChen,Payments,Development team,50\nAnna,Payments,Ops,30\n',
        },
        'csv',
        () => 'chen',
      );
      expect(outcome.errors).toEqual([]);
    });
    expect(doc.people.chen).toMatchObject({ name: 'Chen', experience: ['Development', 'Agile'] });
    expect(Object.keys(doc.scenarios.s1!.placements).sort()).toEqual([
      'anna|pay|operationTeam',
      'chen|pay|developmentTeam',
    ]);
  });
});

describe('concurrent edits', () => {
  it('to different fields of one person both survive the merge', () => {
    const base = automergeDesign();
    const anna = change(clone(base), (draft) => updatePerson(draft, 'anna', { capacity: 0.8 }));
    const ben = change(clone(base), (draft) =>
      updatePerson(draft, 'anna', { location: 'Berlin', experience: ['Development', 'Agile'] }),
    );
    expect(merge(anna, ben).people.anna).toEqual({
      id: 'anna',
      name: 'Anna',
      experience: ['Development', 'Agile'],
      capacity: 0.8,
      location: 'Berlin',
    });
  });

  it('adding experiences on two laptops keeps both', () => {
    const base = automergeDesign();
    const left = change(clone(base), (draft) =>
      updatePerson(draft, 'anna', { experience: ['Development', 'Tools'] }),
    );
    const right = change(clone(base), (draft) =>
      updatePerson(draft, 'anna', { experience: ['Development', 'Agile'] }),
    );
    expect([...merge(left, right).people.anna!.experience].sort()).toEqual([
      'Agile',
      'Development',
      'Tools',
    ]);
  });

  it('adding people on two laptops keeps both', () => {
    const base = automergeDesign();
    const left = change(
      clone(base),
      (draft) => void addPerson(draft, { name: 'Dana' }, () => 'dana'),
    );
    const right = change(
      clone(base),
      (draft) => void addPerson(draft, { name: 'Eli' }, () => 'eli'),
    );
    expect(Object.keys(merge(left, right).people).sort()).toEqual(['anna', 'ben', 'dana', 'eli']);
  });

  it('placing one person in the same cell and role on two laptops makes one placement', () => {
    const base = automergeDesign();
    const place = (allocation: number) =>
      change(
        clone(base),
        (draft) =>
          void placePerson(draft, 's1', {
            personId: 'anna',
            serviceId: 'pay',
            roleId: DEV,
            allocation,
          }),
      );
    const merged = merge(place(60), place(40));
    const placements = Object.values(merged.scenarios.s1!.placements);
    expect(placements).toHaveLength(1);
    expect([60, 40]).toContain(placements[0]!.allocation);
  });

  it('a person deleted on one laptop and placed on the other leaves a placement to repair', () => {
    const base = change(
      automergeDesign(),
      (draft) =>
        void placePerson(draft, 's1', {
          personId: 'ben',
          serviceId: 'pay',
          roleId: DEV,
          allocation: 50,
        }),
    );
    const deleter = change(clone(base), (draft) =>
      deletePerson(draft, 'ben', { withPlacements: true }),
    );
    const placer = change(clone(base), (draft) => {
      setAllocation(draft, 's1', 'ben|pay|developmentTeam', 70);
      placePerson(draft, 's1', {
        personId: 'ben',
        serviceId: 'pay',
        roleId: ROLE_IDS.operationTeam,
      });
    });
    const merged = merge(deleter, placer);
    expect(orgDesignDocSchema.safeParse(merged).success).toBe(true);
    expect(danglingReferences(merged).map((report) => report.reference)).toEqual([
      { kind: 'placement', scenarioId: 's1', key: 'ben|pay|operationTeam', missing: 'person' },
    ]);
    const repaired = change(merged, (draft) => void repairDanglingReferences(draft));
    expect(danglingReferences(repaired)).toEqual([]);
    expect(repaired.scenarios.s1!.placements).toEqual({});
  });
});
