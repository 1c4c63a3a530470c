import type { Person, Role } from '../OrgDesignDoc';
import { anyOf } from '../orgFormat';
import type { ScenarioModel } from '../scenarioModel';
import { finding, type OrgCheck } from './OrgCheck';

/**
 * Who qualifies for which role, matching experience case-insensitively: a person qualifies
 * with any one of the role's required experiences, or for a role that asks for none. Each
 * person's and role's lower-cased tags are made once per run of the checks.
 */
function experienceMatcher() {
  const people = new Map<string, Set<string>>();
  const roles = new Map<string, string[]>();
  return (person: Person, role: Role): boolean => {
    let required = roles.get(role.id);
    if (!required) {
      required = role.requiredExperience.map((tag) => tag.trim().toLowerCase());
      roles.set(role.id, required);
    }
    if (required.length === 0) return true;
    let held = people.get(person.id);
    if (!held) {
      held = new Set(person.experience.map((tag) => tag.trim().toLowerCase()));
      people.set(person.id, held);
    }
    for (const tag of required) if (held.has(tag)) return true;
    return false;
  };
}

/** A role given to someone with none of the experiences it asks for: a warning. */
export function roleExperienceChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  const qualifies = experienceMatcher();
  const asked = new Map<string, string>();
  for (const placement of model.placements) {
    const { person, role, service } = placement;
    if (qualifies(person, role)) continue;
    let experience = asked.get(role.id);
    if (experience === undefined) {
      experience = anyOf(role.requiredExperience);
      asked.set(role.id, experience);
    }
    const where = service ? ` on ${service.name}` : '';
    checks.push(
      finding(
        'roleExperience',
        'warning',
        placement.key,
        { kind: 'placement', key: placement.key, personId: person.id },
        `${person.name} is ${role.name}${where} without the experience it asks for (${experience})`,
      ),
    );
  }
  return checks;
}

/**
 * A role in use that only one of the scenario's people has the experience for: if that person
 * is away, nobody can stand in. Information, since a small team often has one of each.
 */
export function singlePointOfFailureChecks(model: ScenarioModel): OrgCheck[] {
  if (model.byPerson.size < 2) return [];
  const checks: OrgCheck[] = [];
  const qualifies = experienceMatcher();
  const rolesInUse = new Map<string, Role>();
  for (const placement of model.placements) rolesInUse.set(placement.role.id, placement.role);
  for (const role of rolesInUse.values()) {
    if (role.requiredExperience.length === 0) continue;
    let only: Person | null = null;
    let count = 0;
    for (const { person } of model.byPerson.values()) {
      if (!qualifies(person, role)) continue;
      only = person;
      if (++count > 1) break;
    }
    if (count !== 1 || !only) continue;
    checks.push(
      finding(
        'singlePointOfFailure',
        'info',
        role.id,
        { kind: 'person', personId: only.id },
        `Only ${only.name} has the experience for ${role.name} (${anyOf(role.requiredExperience)}): a single point of failure`,
      ),
    );
  }
  return checks;
}
