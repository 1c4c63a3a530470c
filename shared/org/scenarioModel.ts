import type { OrgDesignDoc, Person, Role, Scenario, Service } from './OrgDesignDoc';
import { orderedServices } from './orgLookup';

/** A placement with what it points at looked up; placements pointing at nothing are left out. */
export interface ResolvedPlacement {
  key: string;
  person: Person;
  /** Null in a flat scenario, where everyone works in the one team. */
  service: Service | null;
  role: Role;
  allocation: number;
}

/**
 * A team of a scenario. A flat scenario has one, named after the scenario and carrying every
 * service; a matrix has one per service (its column), carrying that service.
 */
export interface Team {
  /** The scenario's id for the flat team, the service's id in a matrix. */
  id: string;
  name: string;
  serviceIds: string[];
  placements: ResolvedPlacement[];
  /** Each person once, in the order of their first placement. */
  memberIds: string[];
}

/** What one person carries in a scenario. */
export interface PersonLoad {
  person: Person;
  placements: ResolvedPlacement[];
  /** The sum of the allocations, in % of one full-time person. */
  allocation: number;
  /** The distinct services worked on; a flat team counts as one. */
  services: number;
}

/** A scenario with its placements resolved and grouped, as checks and comparisons read it. */
export interface ScenarioModel {
  design: OrgDesignDoc;
  scenario: Scenario;
  placements: ResolvedPlacement[];
  /** Everyone placed, in the order of their first placement. */
  byPerson: Map<string, PersonLoad>;
  teams: Team[];
}

export function scenarioModel(design: OrgDesignDoc, scenario: Scenario): ScenarioModel {
  const { people, roles, services } = design;
  const placements: ResolvedPlacement[] = [];
  const byPerson = new Map<string, PersonLoad>();
  for (const key in scenario.placements) {
    const placement = scenario.placements[key]!;
    const { personId, roleId, serviceId } = placement;
    // Own keys only: an id such as "constructor" must not find Object's prototype.
    if (!Object.hasOwn(people, personId) || !Object.hasOwn(roles, roleId)) continue;
    if (serviceId !== undefined && !Object.hasOwn(services, serviceId)) continue;
    const resolved: ResolvedPlacement = {
      key,
      person: people[personId]!,
      service: serviceId === undefined ? null : services[serviceId]!,
      role: roles[roleId]!,
      allocation: placement.allocation,
    };
    placements.push(resolved);
    const load = byPerson.get(personId);
    if (!load) {
      byPerson.set(personId, {
        person: resolved.person,
        placements: [resolved],
        allocation: resolved.allocation,
        services: 1,
      });
      continue;
    }
    // A person has a handful of placements: a scan is cheaper than a set.
    if (!load.placements.some((other) => other.service === resolved.service)) load.services++;
    load.placements.push(resolved);
    load.allocation += resolved.allocation;
  }

  const ordered = orderedServices(design);
  const teams: Team[] =
    scenario.structure === 'flat'
      ? [
          team(
            scenario.id,
            scenario.name,
            ordered.map((service) => service.id),
          ),
        ]
      : ordered.map((service) => team(service.id, service.name, [service.id]));
  const teamById = new Map(teams.map((each) => [each.id, each]));
  const members = new Map(teams.map((each) => [each.id, new Set<string>()]));
  for (const placement of placements) {
    const teamId = placement.service?.id ?? scenario.id;
    teamById.get(teamId)!.placements.push(placement);
    members.get(teamId)!.add(placement.person.id);
  }
  for (const each of teams) each.memberIds = [...members.get(each.id)!];
  return { design, scenario, placements, byPerson, teams };
}

function team(id: string, name: string, serviceIds: string[]): Team {
  return { id, name, serviceIds, placements: [], memberIds: [] };
}
