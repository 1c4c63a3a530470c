import { describe, expect, it } from 'vitest';
import { updateService } from '../../../../../shared/org/serviceChanges';
import { updateThresholds } from '../../../../../shared/org/designChanges';
import { flatTeam, matrixOf, withService } from '../orgTestDesigns';
import { findings } from './checkHelpers';

describe('team size', () => {
  it('stays quiet for nine people', () => {
    expect(findings(flatTeam(4), 'teamSize')).toEqual([]);
  });

  it('warns above nine, with the communication paths', () => {
    expect(findings(flatTeam(5), 'teamSize')).toEqual([
      {
        id: 'teamSize:s1',
        rule: 'teamSize',
        severity: 'warning',
        reason:
          'Flat team has 10 people, 45 communication paths: more than 9 (Team Topologies: 7–9 people)',
        source: 'Scrum Guide 2020 (“typically 10 or fewer”); Team Topologies (7–9)',
        target: { kind: 'team', teamId: 's1' },
      },
    ]);
  });

  it('is an error above ten', () => {
    const [check] = findings(flatTeam(6), 'teamSize');
    expect(check).toMatchObject({
      severity: 'error',
      reason:
        'Flat team has 11 people, 55 communication paths: more than 10 (Scrum Guide: typically 10 or fewer) — split the team',
    });
  });

  it('follows the design’s own limits', () => {
    const design = flatTeam(2);
    updateThresholds(design, { teamSizeWarnAbove: 5, teamSizeErrorAbove: 6 });
    expect(findings(design, 'teamSize')[0]!.severity).toBe('error');
  });

  it('counts each matrix service’s team on its own', () => {
    const design = matrixOf(['pay', 'web']);
    expect(findings(design, 'teamSize')).toEqual([]);
  });
});

describe('cognitive load', () => {
  it('stays quiet for one team on one service, or on three simple ones', () => {
    const design = flatTeam();
    expect(findings(design, 'cognitiveLoad')).toEqual([]);
    withService(design, 'a', { complexity: 'simple' });
    withService(design, 'b', { complexity: 'simple' });
    expect(findings(design, 'cognitiveLoad')).toEqual([]);
  });

  it('warns when a team carries four simple services', () => {
    const design = flatTeam();
    for (const id of ['a', 'b', 'c']) withService(design, id, { complexity: 'simple' });
    expect(findings(design, 'cognitiveLoad')).toMatchObject([
      {
        severity: 'warning',
        reason: 'Flat team carries 4 simple services: at most 3 per team (Team Topologies: 2–3)',
        target: { kind: 'team', teamId: 's1' },
      },
    ]);
  });

  it('warns for two complicated services in one team', () => {
    const design = flatTeam();
    updateService(design, 'svc', { complexity: 'complicated' });
    withService(design, 'pay', { name: 'Payments' });
    expect(findings(design, 'cognitiveLoad')[0]!.reason).toBe(
      'Flat team carries 2 complicated services (Shop, Payments): never two per team (Team Topologies)',
    );
  });

  it('warns for a complex service that shares its team', () => {
    const design = flatTeam();
    withService(design, 'core', { name: 'Core banking', complexity: 'complex' });
    expect(findings(design, 'cognitiveLoad')[0]!.reason).toBe(
      'Flat team carries the complex service Core banking and 1 more: a complex service leaves room for no other (Team Topologies)',
    );
  });

  it('stays quiet in a matrix, where each service has its own team', () => {
    const design = matrixOf(['pay', 'web']);
    expect(findings(design, 'cognitiveLoad')).toEqual([]);
  });
});
