import { describe, expect, it } from 'vitest';
import { orderedPools, orderedServices } from '../../../../shared/org/orgLookup';
import { preloadedOrgDesign } from '../../../../shared/org/preloadedDesigns';
import { NOW } from './orgTestDesigns';

describe('preloadedOrgDesign', () => {
  it('flat: one team of nine around one Service Master, on one service', () => {
    const design = preloadedOrgDesign('flat', NOW);
    const [scenario] = Object.values(design.scenarios);
    expect(scenario!.structure).toBe('flat');
    expect(Object.keys(design.people)).toHaveLength(9);
    expect(Object.keys(scenario!.placements)).toHaveLength(9);
    expect(orderedServices(design)).toHaveLength(1);
    expect(design.baselineScenarioId).toBe(scenario!.id);
  });

  it('matrix: four pools, two services, nine people each, every one in a pool', () => {
    const design = preloadedOrgDesign('matrix', NOW);
    const [scenario] = Object.values(design.scenarios);
    expect(scenario!.structure).toBe('matrix');
    expect(orderedPools(design).map((pool) => pool.name)).toEqual([
      'Service management',
      'Development',
      'Operations',
      'Tools & quality',
    ]);
    expect(orderedServices(design).map((service) => service.name)).toEqual([
      'Customer portal',
      'Payments',
    ]);
    expect(Object.keys(scenario!.placements)).toHaveLength(18);
    expect(Object.values(design.people).every((person) => person.poolId)).toBe(true);
  });
});
