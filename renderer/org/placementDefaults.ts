import { orderedRoles, orderedServices } from '../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';
import { ROLE_IDS } from '../../shared/org/roleCatalogue';
import { HEAD_ROLES } from './chart/flatLayout';

/**
 * The role a person most likely takes when dropped somewhere without saying: the role they
 * already hold most in this scenario, else the first of the catalogue their experience fits
 * (the head roles last: a team has one of each), else the development team.
 */
export function likelyRole(design: OrgDesignDoc, scenario: Scenario, personId: string): string {
  const held = new Map<string, number>();
  for (const placement of Object.values(scenario.placements)) {
    if (placement.personId !== personId || !Object.hasOwn(design.roles, placement.roleId)) continue;
    held.set(placement.roleId, (held.get(placement.roleId) ?? 0) + 1);
  }
  if (held.size > 0) return [...held].sort((a, b) => b[1] - a[1])[0]![0];
  const person = design.people[personId];
  const experience = new Set(person?.experience.map((tag) => tag.trim().toLowerCase()) ?? []);
  const roles = orderedRoles(design);
  const fitting = [
    ...roles.filter((role) => !HEAD_ROLES.includes(role.id)),
    ...roles.filter((role) => HEAD_ROLES.includes(role.id)),
  ].find(
    (role) =>
      role.requiredExperience.length > 0 &&
      role.requiredExperience.some((tag) => experience.has(tag.trim().toLowerCase())),
  );
  if (fitting) return fitting.id;
  if (Object.hasOwn(design.roles, ROLE_IDS.developmentTeam)) return ROLE_IDS.developmentTeam;
  return roles[0]?.id ?? ROLE_IDS.developmentTeam;
}

/** What is left of a person's capacity in a scenario, in %: the share a new placement takes. */
export function remainingAllocation(
  design: OrgDesignDoc,
  scenario: Scenario,
  personId: string,
): number {
  const person = design.people[personId];
  if (!person) return 100;
  let allocated = 0;
  for (const placement of Object.values(scenario.placements)) {
    if (placement.personId === personId) allocated += placement.allocation;
  }
  const left = Math.round((person.capacity * 100 - allocated) * 100) / 100;
  return left > 0 ? Math.min(100, left) : 100;
}

/**
 * Where Alt+← / Alt+→ takes a placement: the previous or next service in a matrix, the
 * previous or next role of the team chart in a flat scenario. Null at either end.
 */
export function neighbourTarget(
  design: OrgDesignDoc,
  scenario: Scenario,
  key: string,
  step: -1 | 1,
): { serviceId: string } | { roleId: string } | null {
  const placement = scenario.placements[key];
  if (!placement) return null;
  if (scenario.structure === 'matrix') {
    const services = orderedServices(design);
    const index = services.findIndex((service) => service.id === placement.serviceId);
    const next = index < 0 ? undefined : services[index + step];
    return next ? { serviceId: next.id } : null;
  }
  const roles = flatRoleOrder(design);
  const index = roles.indexOf(placement.roleId);
  const next = index < 0 ? undefined : roles[index + step];
  return next ? { roleId: next } : null;
}

/** The roles in the order the team chart shows them: its head first, then the catalogue. */
export function flatRoleOrder(design: OrgDesignDoc): string[] {
  const roles = orderedRoles(design).map((role) => role.id);
  return [
    ...HEAD_ROLES.filter((id) => roles.includes(id)),
    ...roles.filter((id) => !HEAD_ROLES.includes(id)),
  ];
}
