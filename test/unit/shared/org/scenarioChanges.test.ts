import { describe, expect, it } from 'vitest';
import { orderedScenarios } from '../../../../shared/org/orgLookup';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import {
  addScenario,
  deleteScenario,
  duplicateScenario,
  markBaseline,
  renameScenario,
  setApprovalBoard,
} from '../../../../shared/org/scenarioChanges';
import { emptyDesign, place, withPerson, withService } from './orgTestDesigns';

describe('scenarios', () => {
  it('are added with a structure and renamed', () => {
    const design = emptyDesign();
    addScenario(design, { name: 'Toyota matrix', structure: 'matrix' }, () => 'm');
    renameScenario(design, 'm', 'Chief engineers');
    expect(orderedScenarios(design).map((s) => [s.name, s.structure])).toEqual([
      ['Flat team', 'flat'],
      ['Chief engineers', 'matrix'],
    ]);
    expect(() => addScenario(design, { name: 'flat team', structure: 'flat' })).toThrow(
      'There is already a scenario called “flat team”',
    );
    expect(() => addScenario(design, { name: 'X', structure: 'tree' as 'flat' })).toThrow(
      'A scenario is flat or matrix',
    );
  });

  it('are duplicated with their placements and approval boards to try a variant', () => {
    const design = emptyDesign('matrix');
    withService(design, 'pay');
    withPerson(design, 'anna', { name: 'Anna' });
    place(design, { personId: 'anna', serviceId: 'pay', roleId: ROLE_IDS.gatekeeper });
    setApprovalBoard(design, 's1', 'pay', true);
    const copy = duplicateScenario(design, 's1', () => 'c1');
    const again = duplicateScenario(design, 's1', () => 'c2');
    expect(design.scenarios[copy]).toEqual({
      ...design.scenarios.s1,
      id: 'c1',
      name: 'Matrix (copy)',
      order: 1,
      duplicatedFrom: 's1',
    });
    expect(design.scenarios[again]!.name).toBe('Matrix (copy 2)');
    design.scenarios.c1!.placements['anna|pay|gatekeeper']!.allocation = 50;
    expect(design.scenarios.s1!.placements['anna|pay|gatekeeper']!.allocation).toBe(100);
  });

  it('marked as baseline stop being it when deleted; the last one stays', () => {
    const design = emptyDesign();
    addScenario(design, { name: 'Variant', structure: 'flat' }, () => 'v');
    markBaseline(design, 'v');
    expect(design.baselineScenarioId).toBe('v');
    deleteScenario(design, 'v');
    expect(design.baselineScenarioId).toBeUndefined();
    expect(() => deleteScenario(design, 's1')).toThrow(
      'This is the design’s only scenario, so it stays. Add another scenario first.',
    );
    markBaseline(design, 's1');
    markBaseline(design, null);
    expect(design.baselineScenarioId).toBeUndefined();
  });
});
