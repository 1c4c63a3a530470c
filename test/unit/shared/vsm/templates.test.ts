import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../shared/vsm/computeMetrics';
import { orderedSteps } from '../../../../shared/vsm/stepLookup';
import { fromTemplate } from '../../../../shared/vsm/templates';
import { WHITE_PAPER_ROLES } from '../../../../shared/vsm/ValueStreamMapDoc';
import { valueStreamMapDocSchema } from '../../../../shared/vsm/schemas/valueStreamMapDocSchema';
import { NOW, sequentialIds } from './vsmTestMaps';

describe('fromTemplate', () => {
  it('software-delivery yields lead time 57.75 h, process time 20.75 h, activity ratio 35.9 %', () => {
    const metrics = computeMetrics(fromTemplate('software-delivery', NOW));
    if (!metrics.ok) throw new Error(metrics.message);
    expect(metrics.unit).toBe('hours');
    expect(metrics.leadTime).toBe(57.75);
    expect(metrics.processTime).toBe(20.75);
    expect(metrics.totalWait).toBe(37);
    expect(metrics.activityRatio).toBeCloseTo(35.9, 1);
  });

  it('software-delivery shows release approval as the biggest wait', () => {
    const map = fromTemplate('software-delivery', NOW, sequentialIds('s'));
    const metrics = computeMetrics(map);
    if (!metrics.ok) throw new Error(metrics.message);
    const approval = map.steps.find((step) => step.name === 'Release approval')!;
    expect(metrics.biggestWaitStepId).toBe(approval.id);
  });

  it('software-delivery keeps the pipeline order', () => {
    const map = fromTemplate('software-delivery', NOW);
    expect(orderedSteps(map).map((step) => step.name)).toEqual([
      'Development',
      'Code review',
      'Automated test',
      'Staging deploy',
      'QA',
      'Release approval',
      'Production deploy',
      'Monitoring',
    ]);
  });

  it('enterprise-devops has the white paper’s eleven stages, in order, each with who acts', () => {
    const map = fromTemplate('enterprise-devops', NOW);
    const steps = orderedSteps(map);
    expect(steps.map((step) => step.name)).toEqual([
      'Business strategy & planning',
      'Marketing & sales',
      'Administration',
      'Project planning',
      'Requirements & design',
      'Development',
      'Deployment',
      'Operation',
      'Maintenance',
      'Customer service',
      'End of life',
    ]);
    const roleOf = (name: string) => steps.find((step) => step.name === name)!.role;
    expect(roleOf('Business strategy & planning')).toBe('Service Master');
    expect(roleOf('Administration')).toBe('Process Master');
    expect(roleOf('Deployment')).toContain('Gatekeeper');
    expect(roleOf('Operation')).toBe('Operation team');
    expect(roleOf('End of life')).toBe('Service Master');
    for (const step of steps) {
      expect(WHITE_PAPER_ROLES.some((role) => step.role.includes(role.split(' / ')[0]!))).toBe(
        true,
      );
      expect(step.notes).toContain('Placeholder');
    }
  });

  it('enterprise-devops gives Requirements & design the three kinds of story as its definition of done', () => {
    const map = fromTemplate('enterprise-devops', NOW);
    const requirements = map.steps.find((step) => step.name === 'Requirements & design')!;
    expect(requirements.definitionOfDone.map((criterion) => criterion.text.split(':')[0])).toEqual([
      'User stories',
      'Test stories',
      'Operation stories',
      'Service and operational level agreements written',
    ]);
  });

  it('blank is an empty map', () => {
    const map = fromTemplate('blank', NOW);
    expect(map.steps).toEqual([]);
    expect(map.title).toBe('Untitled value stream');
  });

  it.each(['enterprise-devops', 'software-delivery', 'blank'] as const)(
    '%s passes the document schema',
    (name) => {
      expect(valueStreamMapDocSchema.safeParse(fromTemplate(name, NOW)).success).toBe(true);
    },
  );
});
