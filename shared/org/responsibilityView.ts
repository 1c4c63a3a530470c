import { PROCESS_STAGES, STAGE_LABELS, type OrgDesignDoc, type ProcessStage } from './OrgDesignDoc';
import { compareText, orderedRoles, requireScenario } from './orgLookup';
import { scenarioModel } from './scenarioModel';

/** One role of the catalogue: where in the process it acts and who holds it. */
export interface ResponsibilityRow {
  roleId: string;
  roleName: string;
  /** The stages it acts in, in process order. */
  stages: ProcessStage[];
  /** Who holds the role in the scenario, by name. */
  personIds: string[];
}

/** One of the eleven stages: the roles acting there and the people holding them. */
export interface StageCoverage {
  stage: ProcessStage;
  label: string;
  roleIds: string[];
  personIds: string[];
}

/** Roles × the white paper's eleven process stages for one scenario (§7 of the paper). */
export interface ResponsibilityView {
  rows: ResponsibilityRow[];
  stages: StageCoverage[];
  /** Stages where nobody in the scenario acts: no role that acts there is held. */
  uncoveredStages: ProcessStage[];
}

export function responsibilityView(design: OrgDesignDoc, scenarioId: string): ResponsibilityView {
  const model = scenarioModel(design, requireScenario(design, scenarioId));
  const holders = new Map<string, Set<string>>();
  for (const placement of model.placements) {
    const set = holders.get(placement.role.id) ?? new Set<string>();
    set.add(placement.person.id);
    holders.set(placement.role.id, set);
  }
  const byName = (ids: Iterable<string>) =>
    [...ids].sort((a, b) => compareText(design.people[a]!.name, design.people[b]!.name));

  const rows = orderedRoles(design).map((role) => ({
    roleId: role.id,
    roleName: role.name,
    stages: PROCESS_STAGES.filter((stage) => role.stages.includes(stage)),
    personIds: byName(holders.get(role.id) ?? []),
  }));
  const stages = PROCESS_STAGES.map((stage) => {
    const acting = rows.filter((row) => row.stages.includes(stage));
    const people = new Set(acting.flatMap((row) => row.personIds));
    return {
      stage,
      label: STAGE_LABELS[stage],
      roleIds: acting.map((row) => row.roleId),
      personIds: byName(people),
    };
  });
  return {
    rows,
    stages,
    uncoveredStages: stages.filter((each) => each.personIds.length === 0).map((each) => each.stage),
  };
}
