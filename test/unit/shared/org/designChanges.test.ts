import { describe, expect, it } from 'vitest';
import {
  newOrgDesign,
  updateDesignDetails,
  updateThresholds,
} from '../../../../shared/org/designChanges';
import { DEFAULT_THRESHOLDS } from '../../../../shared/org/OrgDesignDoc';
import { orderedRoles } from '../../../../shared/org/orgLookup';
import { OrgValidationError } from '../../../../shared/org/OrgValidationError';
import { orgDesignDocSchema } from '../../../../shared/org/schemas/orgDesignDocSchema';
import { emptyDesign, NOW, sequentialIds } from './orgTestDesigns';

describe('newOrgDesign', () => {
  it('holds the white paper’s seven roles with their required experience, in its order', () => {
    const design = newOrgDesign({ title: 'Acme IT' }, NOW);
    expect(orderedRoles(design).map((role) => role.name)).toEqual([
      'Process Master',
      'Service Master',
      'DevOps Engineer',
      'Gatekeeper / Release coordinator',
      'Reliability Engineer',
      'Development team',
      'Operation team',
    ]);
    expect(design.roles.processMaster!.requiredExperience).toEqual([
      'Scrum Master',
      'Agile project leader',
    ]);
    expect(design.roles.reliabilityEngineer!.requiredPerService).toBe(false);
    expect(design.roles.gatekeeper!.requiredPerService).toBe(true);
  });

  it('starts with one empty scenario of the asked structure, marked as the baseline', () => {
    const design = newOrgDesign({ title: 'Acme IT', structure: 'matrix' }, NOW, sequentialIds());
    expect(Object.values(design.scenarios)).toEqual([
      {
        id: 'id1',
        name: 'Matrix',
        structure: 'matrix',
        order: 0,
        placements: {},
        approvalBoards: {},
      },
    ]);
    expect(design.baselineScenarioId).toBe('id1');
    expect(design.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(orgDesignDocSchema.safeParse(design).success).toBe(true);
  });

  it('refuses an empty title', () => {
    expect(() => newOrgDesign({ title: '  ' }, NOW)).toThrow('The title cannot be empty');
  });
});

describe('updateDesignDetails', () => {
  it('changes title and currency, trimmed', () => {
    const design = emptyDesign();
    updateDesignDetails(design, { title: ' Acme ', currency: 'EUR' });
    expect(design).toMatchObject({ title: 'Acme', currency: 'EUR' });
  });
});

describe('updateThresholds', () => {
  it('changes one limit and keeps the others', () => {
    const design = emptyDesign();
    updateThresholds(design, { serviceMasterSpan: 8 });
    expect(design.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, serviceMasterSpan: 8 });
  });

  it('refuses a warning size above the error size, and nothing changes', () => {
    const design = emptyDesign();
    const error = catchError(() => updateThresholds(design, { teamSizeWarnAbove: 12 }));
    expect(error).toBeInstanceOf(OrgValidationError);
    expect(error).toMatchObject({
      field: 'teamSizeWarnAbove',
      message: 'The team size warning cannot be above the team size error',
    });
    expect(design.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it('refuses a fractional or zero team size with a plain sentence', () => {
    const design = emptyDesign();
    expect(() => updateThresholds(design, { teamSizeErrorAbove: 10.5 })).toThrow(
      'The team size error must be a whole number',
    );
    expect(() => updateThresholds(design, { serviceMasterSpan: 0 })).toThrow(
      'The Service Master’s span must be at least 1',
    );
  });
});

function catchError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}
