import type { Person } from '../OrgDesignDoc';
import { anyOf } from '../orgFormat';
import type { ScenarioModel } from '../scenarioModel';
import { finding, type OrgCheck } from './OrgCheck';

/** A person's experiences, lower-cased, for case-insensitive matching. */
function experienceOf(person: Person, cache: Map<string, Set<string>>): Set<string> {
  let set = cache.get(person.id);
  if (!set) {
    set = new Set(person.experience.map((tag) => tag.trim().toLowerCase()));
    cache.set(person.id, set);
  }
  return set;
}

function qualifies(experience: Set<string>, required: readonly string[]): boolean {
  return required.length === 0 || required.some((tag) => experience.has(tag.trim().toLowerCase()));
}

/** A role given to someone with none of the experiences it asks for: a warning. */
export function roleExperienceChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  const cache = new Map<string, Set<string>>();
  for (const placement of model.placements) {
    const { person, role, service } = placement;
    if (qualifies(experienceOf(person, cache), role.requiredExperience)) continue;
    const where = service ? ` on ${service.name}` : '';
    checks.push(
      finding(
        'roleExperience',
        'warning',
        placement.key,
        { kind: 'placement', key: placement.key, personId: person.id },
        `${person.name} is ${role.name}${where} without the experience it asks for (${anyOf(role.requiredExperience)})`,
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
  const cache = new Map<string, Set<string>>();
  const rolesInUse = new Map(
    model.placements.map((placement) => [placement.role.id, placement.role]),
  );
  for (const role of rolesInUse.values()) {
    if (role.requiredExperience.length === 0) continue;
    let only: Person | null = null;
    let count = 0;
    for (const placements of model.byPerson.values()) {
      const person = placements[0]!.person;
      if (!qualifies(experienceOf(person, cache), role.requiredExperience)) continue;
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
