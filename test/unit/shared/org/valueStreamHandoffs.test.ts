import { describe, expect, it } from 'vitest';
import { orderedRoles } from '../../../../shared/org/orgLookup';
import { placePerson } from '../../../../shared/org/placementChanges';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addScenario } from '../../../../shared/org/scenarioChanges';
import {
  handoffsByScenario,
  matchRole,
  valueStreamHandoffs,
} from '../../../../shared/org/valueStreamHandoffs';
import { connectSteps } from '../../../../shared/vsm/flowChanges';
import { newValueStreamMap } from '../../../../shared/vsm/mapChanges';
import { addStep } from '../../../../shared/vsm/stepChanges';
import { fromTemplate } from '../../../../shared/vsm/templates';
import type { ValueStreamMapDoc } from '../../../../shared/vsm/ValueStreamMapDoc';
import { emptyDesign, flatTeam, matrixOf, NOW, sequentialIds, withPerson } from './orgTestDesigns';

/**
 * idea → code → review → test → approve → deploy ⇉ (operate, monitor) → feedback; "idea"
 * names no role, "approve" a board nobody in the design is.
 */
function releaseMap(): ValueStreamMapDoc {
  const map = newValueStreamMap({ title: 'Release' }, NOW);
  const ids = sequentialIds('s');
  const step = (name: string, role: string, after?: string | null) =>
    addStep(map, { name, role, ...(after === undefined ? {} : { after }) }, ids);
  step('Idea', '');
  step('Code', 'Development team');
  step('Review', 'Developers');
  step('Test', 'Reliability Engineer');
  step('Approve', 'Change Advisory Board');
  const deploy = step('Deploy', 'DevOps Engineer');
  const operate = step('Operate', 'Ops');
  const monitor = step('Monitor', 'Reliability Engineer', null);
  connectSteps(map, deploy, monitor);
  const feedback = step('Feedback', 'Service Master & Reliability Engineer', operate);
  connectSteps(map, monitor, feedback);
  expect(map.steps.find((each) => each.id === feedback)!.predecessors).toEqual({
    [operate]: 'push',
    [monitor]: 'push',
  });
  return map;
}

/** The core flat team plus a Reliability Engineer and a DevOps Engineer. */
function fullFlatTeam() {
  const design = flatTeam();
  withPerson(design, 're', { name: 'Rae', experience: ['Testing'] });
  withPerson(design, 'de', { name: 'Dee', experience: ['Tools'] });
  placePerson(design, 's1', { personId: 're', roleId: ROLE_IDS.reliabilityEngineer });
  placePerson(design, 's1', { personId: 'de', roleId: ROLE_IDS.devopsEngineer });
  return design;
}

/** Two services with their core seats; only "web" also has a Reliability and a DevOps Engineer. */
function matrix() {
  const design = matrixOf(['pay', 'web']);
  withPerson(design, 're', { name: 'Rae', experience: ['Testing'] });
  withPerson(design, 'de', { name: 'Dee', experience: ['Tools'] });
  placePerson(design, 's1', {
    personId: 're',
    serviceId: 'web',
    roleId: ROLE_IDS.reliabilityEngineer,
  });
  placePerson(design, 's1', { personId: 'de', serviceId: 'web', roleId: ROLE_IDS.devopsEngineer });
  return design;
}

describe('valueStreamHandoffs', () => {
  it('counts 2 handoffs for a full flat team: into and out of the approval board', () => {
    const result = valueStreamHandoffs(releaseMap(), fullFlatTeam(), 's1');
    expect(result).toMatchObject({
      handoffs: 2,
      connections: 8,
      unmappedStepIds: ['s1'],
      homeTeamId: 's1',
    });
    expect(result.crossings.map((c) => `${c.fromStepId}→${c.toStepId}`)).toEqual([
      's4→s5',
      's5→s6',
    ]);
    expect(result.crossings[0]!.to).toEqual({ kind: 'outside', name: 'Change Advisory Board' });
  });

  it('counts 6 when the flat team lacks the Reliability and DevOps Engineers', () => {
    // code|review = team, test RE, approve board, deploy DevOps, operate team, monitor RE, feedback team:
    // review→test, test→approve, approve→deploy, deploy→operate, deploy→monitor, monitor→feedback.
    const result = valueStreamHandoffs(releaseMap(), flatTeam(), 's1');
    expect(result.handoffs).toBe(6);
    expect(result.steps.find((step) => step.stepId === 's6')).toEqual({
      stepId: 's6',
      roleId: ROLE_IDS.devopsEngineer,
      unit: { kind: 'outside', name: 'DevOps Engineer' },
    });
  });

  it('counts 5 in a matrix for the pay service, whose testing and deployment sit in web’s team', () => {
    // review→test (pay→web), test→approve, approve→deploy, deploy→operate (web→pay), monitor→feedback (web→pay).
    const result = valueStreamHandoffs(releaseMap(), matrix(), 's1', { serviceId: 'pay' });
    expect(result.homeTeamId).toBe('pay');
    expect(result.handoffs).toBe(5);
    expect(result.crossings.map((c) => `${c.fromStepId}→${c.toStepId}`)).toEqual([
      's3→s4',
      's4→s5',
      's5→s6',
      's6→s7',
      's8→s9',
    ]);
  });

  it('takes the team holding most steps’ roles as home when no service is named', () => {
    const result = valueStreamHandoffs(releaseMap(), matrix(), 's1');
    expect(result.homeTeamId).toBe('web');
    expect(result.handoffs).toBe(2);
  });

  it('counts per scenario, so the manager sees which structure cuts handoffs', () => {
    const design = fullFlatTeam();
    // Nobody is placed in "Silos" yet, so each role is a unit of its own outside the design:
    // every connection but code→review (both development) is a handoff.
    addScenario(design, { name: 'Silos', structure: 'matrix' }, () => 'm');
    expect(
      handoffsByScenario(releaseMap(), design).map((result) => [
        result.scenarioId,
        result.handoffs,
      ]),
    ).toEqual([
      ['s1', 2],
      ['m', 7],
    ]);
  });

  it('reads the white paper template’s eleven stages: one flat team hands off nothing', () => {
    const map = fromTemplate('enterprise-devops', NOW);
    const result = valueStreamHandoffs(map, fullFlatTeam(), 's1');
    expect(result).toMatchObject({ handoffs: 0, connections: 10, unmappedStepIds: [] });
  });
});

describe('matchRole', () => {
  const roles = orderedRoles(emptyDesign());
  it.each([
    ['Service Master', ROLE_IDS.serviceMaster],
    ['  scrum master ', ROLE_IDS.processMaster],
    ['Gatekeeper / Release coordinator', ROLE_IDS.gatekeeper],
    ['Release coordinator', ROLE_IDS.gatekeeper],
    ['Ops', ROLE_IDS.operationTeam],
    ['DevOps Engineer & Gatekeeper', ROLE_IDS.devopsEngineer],
    ['Service Master and Reliability Engineer', ROLE_IDS.serviceMaster],
    ['Marketing', null],
    ['', null],
  ])('reads “%s” as %s', (text, roleId) => {
    expect(matchRole(text, roles).role?.id ?? null).toBe(roleId);
  });
});
