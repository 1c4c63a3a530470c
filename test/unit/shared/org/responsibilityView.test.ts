import { describe, expect, it } from 'vitest';
import { PROCESS_STAGES } from '../../../../shared/org/OrgDesignDoc';
import { unplace } from '../../../../shared/org/placementChanges';
import { responsibilityView } from '../../../../shared/org/responsibilityView';
import { ROLE_IDS } from '../../../../shared/org/roleCatalogue';
import { addRole } from '../../../../shared/org/roleChanges';
import { emptyDesign, flatTeam, place, withPerson } from './orgTestDesigns';

describe('responsibilityView', () => {
  it('shows where each of the white paper’s roles acts, as the paper’s §7 names them', () => {
    const view = responsibilityView(emptyDesign(), 's1');
    const stagesOf = (roleId: string) => view.rows.find((row) => row.roleId === roleId)!.stages;
    expect(stagesOf(ROLE_IDS.serviceMaster)).toEqual([
      'strategyPlanning',
      'marketingSales',
      'projectPlanning',
      'requirementsDesign',
      'maintenance',
      'customerService',
      'endOfLife',
    ]);
    expect(stagesOf(ROLE_IDS.processMaster)).toEqual(['administration']);
    expect(stagesOf(ROLE_IDS.gatekeeper)).toEqual(['requirementsDesign', 'deployment']);
    expect(stagesOf(ROLE_IDS.operationTeam)).toEqual([
      'requirementsDesign',
      'deployment',
      'operation',
    ]);
  });

  it('covers all eleven stages with a complete team, naming who acts where', () => {
    const view = responsibilityView(flatTeam(), 's1');
    expect(view.uncoveredStages).toEqual([]);
    expect(view.stages.map((stage) => stage.label)).toEqual([
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
    expect(view.stages.find((stage) => stage.stage === 'deployment')).toEqual({
      stage: 'deployment',
      label: 'Deployment',
      roleIds: [
        ROLE_IDS.devopsEngineer,
        ROLE_IDS.gatekeeper,
        ROLE_IDS.reliabilityEngineer,
        ROLE_IDS.operationTeam,
      ],
      personIds: ['gk', 'ops'],
    });
  });

  it('names the stages nobody covers', () => {
    const design = flatTeam();
    unplace(design, 's1', 'sm||serviceMaster');
    unplace(design, 's1', 'pm||processMaster');
    expect(responsibilityView(design, 's1').uncoveredStages).toEqual([
      'strategyPlanning',
      'marketingSales',
      'administration',
      'projectPlanning',
      'maintenance',
      'customerService',
      'endOfLife',
    ]);
    expect(responsibilityView(emptyDesign(), 's1').uncoveredStages).toEqual([...PROCESS_STAGES]);
  });

  it('includes custom roles with the stages the workshop gives them', () => {
    const design = emptyDesign();
    addRole(design, { name: 'Marketing liaison', stages: ['marketingSales'] }, () => 'ml');
    withPerson(design, 'mia', { name: 'Mia' });
    place(design, { personId: 'mia', roleId: 'ml' });
    const view = responsibilityView(design, 's1');
    expect(view.rows.at(-1)).toEqual({
      roleId: 'ml',
      roleName: 'Marketing liaison',
      stages: ['marketingSales'],
      personIds: ['mia'],
    });
    expect(view.uncoveredStages).not.toContain('marketingSales');
  });
});
