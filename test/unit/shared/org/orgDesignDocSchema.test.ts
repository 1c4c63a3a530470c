import { describe, expect, it } from 'vitest';
import { preloadedOrgDesign } from '../../../../shared/org/preloadedDesigns';
import { orgDesignDocSchema } from '../../../../shared/org/schemas/orgDesignDocSchema';
import { artefactDocSchemas } from '../../../../shared/workshop/artefactDocSchemas';
import { NOW, sequentialIds } from './orgTestDesigns';

const matrix = () => preloadedOrgDesign('matrix', NOW, sequentialIds());

describe('orgDesignDocSchema', () => {
  it('is what files and peers are checked with', () => {
    expect(artefactDocSchemas.orgDesign).toBe(orgDesignDocSchema);
  });

  it('accepts both preloaded designs', () => {
    expect(orgDesignDocSchema.safeParse(matrix()).success).toBe(true);
    expect(orgDesignDocSchema.safeParse(preloadedOrgDesign('flat', NOW)).success).toBe(true);
  });

  it('accepts what a merge can leave: a placement of a deleted person, a deleted pool or baseline', () => {
    const design = matrix();
    const someone = Object.values(design.people)[0]!;
    delete design.people[someone.id];
    design.people[Object.keys(design.people)[0]!]!.poolId = 'deletedPool';
    design.baselineScenarioId = 'deletedScenario';
    design.thresholds.teamSizeWarnAbove = 12;
    expect(orgDesignDocSchema.safeParse(design).success).toBe(true);
  });

  it('refuses an entry stored under another id', () => {
    const design = matrix();
    const [id, person] = Object.entries(design.people)[0]!;
    design.people[id] = { ...person, id: 'other' };
    expect(orgDesignDocSchema.safeParse(design).success).toBe(false);
  });

  it('refuses a placement under the wrong key or without its matrix service', () => {
    const design = matrix();
    const scenario = Object.values(design.scenarios)[0]!;
    const [key, placement] = Object.entries(scenario.placements)[0]!;
    scenario.placements.wrong = placement;
    expect(orgDesignDocSchema.safeParse(design).success).toBe(false);
    delete scenario.placements.wrong;
    delete placement.serviceId;
    scenario.placements[`${placement.personId}||${placement.roleId}`] = placement;
    delete scenario.placements[key];
    expect(orgDesignDocSchema.safeParse(design).success).toBe(false);
  });

  it.each([
    [
      'an allocation above 100 %',
      (d: ReturnType<typeof matrix>) => {
        Object.values(Object.values(d.scenarios)[0]!.placements)[0]!.allocation = 250;
      },
    ],
    [
      'an absurd capacity',
      (d: ReturnType<typeof matrix>) => {
        Object.values(d.people)[0]!.capacity = 40;
      },
    ],
    [
      'an id with a bar',
      (d: ReturnType<typeof matrix>) => {
        d.pools['a|b'] = { id: 'a|b', name: 'Bar', order: 9 };
      },
    ],
    [
      'an unknown structure',
      (d: ReturnType<typeof matrix>) => {
        (Object.values(d.scenarios)[0] as { structure: string }).structure = 'tree';
      },
    ],
  ])('refuses %s', (_, spoil) => {
    const design = matrix();
    spoil(design);
    expect(orgDesignDocSchema.safeParse(design).success).toBe(false);
  });
});
