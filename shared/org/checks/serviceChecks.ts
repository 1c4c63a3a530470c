import { nameList, orderedRoles } from '../orgLookup';
import { ROLE_IDS } from '../roleCatalogue';
import type { ScenarioModel, Team } from '../scenarioModel';
import { finding, type CheckTarget, type OrgCheck } from './OrgCheck';

/**
 * Every service — in a flat design, the one team — needs each role the catalogue marks as
 * required per service (the white paper: Service Master, Process Master, Gatekeeper,
 * development and operation team), and one Service Master, not several.
 */
export function missingRoleChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  const required = orderedRoles(model.design).filter((role) => role.requiredPerService);
  const flat = model.scenario.structure === 'flat';
  for (const team of model.teams) {
    const target: CheckTarget = flat
      ? { kind: 'team', teamId: team.id }
      : { kind: 'service', serviceId: team.id };
    if (team.placements.length === 0) {
      checks.push(
        flat
          ? finding(
              'missingRole',
              'info',
              `${team.id}:empty`,
              target,
              `Nobody is placed in ${team.name} yet: place people to check the design`,
            )
          : finding(
              'missingRole',
              'error',
              `${team.id}:empty`,
              target,
              `Nobody is placed on ${team.name}: a service needs its team`,
            ),
      );
      continue;
    }
    const held = new Set(team.placements.map((placement) => placement.role.id));
    for (const role of required) {
      if (held.has(role.id)) continue;
      checks.push(
        finding(
          'missingRole',
          'error',
          `${team.id}:${role.id}`,
          target,
          `${team.name} has no ${role.name}: the white paper asks for one in every ${flat ? 'team' : 'service'}`,
        ),
      );
    }
    const masters = serviceMasters(team);
    if (masters.length > 1) {
      checks.push(
        finding(
          'missingRole',
          'warning',
          `${team.id}:serviceMasters`,
          target,
          `${team.name} has ${masters.length} Service Masters (${nameList(masters)}): one person is accountable for a service`,
        ),
      );
    }
  }
  return checks;
}

function serviceMasters(team: Team): string[] {
  const names = new Set<string>();
  for (const placement of team.placements) {
    if (placement.role.id === ROLE_IDS.serviceMaster) names.add(placement.person.name);
  }
  return [...names];
}

/**
 * A service whose releases wait for an external approval board rather than the team's own
 * Gatekeeper: DORA finds external change approval lowers delivery performance.
 */
export function approvalBoardChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  for (const team of model.teams) {
    for (const serviceId of team.serviceIds) {
      if (!Object.hasOwn(model.scenario.approvalBoards, serviceId)) continue;
      const name = model.design.services[serviceId]!.name;
      checks.push(
        finding(
          'approvalBoard',
          'warning',
          serviceId,
          { kind: 'service', serviceId },
          `${name}’s releases wait for an external approval board: DORA finds that slows delivery without making it safer — let the Gatekeeper decide with peer review`,
        ),
      );
    }
  }
  return checks;
}
