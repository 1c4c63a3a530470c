import type { OrgDesignDoc, Person, Role, Scenario, Service } from './OrgDesignDoc';
import { has, orderedServices } from './orgLookup';

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

/** A scenario with its placements resolved and grouped, as checks and comparisons read it. */
export interface ScenarioModel {
  design: OrgDesignDoc;
  scenario: Scenario;
  placements: ResolvedPlacement[];
  byPerson: Map<string, ResolvedPlacement[]>;
  teams: Team[];
}

export function scenarioModel(design: OrgDesignDoc, scenario: Scenario): ScenarioModel {
  const services = orderedServices(design);
  const placements: ResolvedPlacement[] = [];
  const byPerson = new Map<string, ResolvedPlacement[]>();
  for (const [key, placement] of Object.entries(scenario.placements)) {
    if (!has(design.people, placement.personId) || !has(design.roles, placement.roleId)) continue;
    const serviceId = placement.serviceId;
    if (serviceId !== undefined && !has(design.services, serviceId)) continue;
    const resolved: ResolvedPlacement = {
      key,
      person: design.people[placement.personId]!,
      service: serviceId === undefined ? null : design.services[serviceId]!,
      role: design.roles[placement.roleId]!,
      allocation: placement.allocation,
    };
    placements.push(resolved);
    const own = byPerson.get(placement.personId);
    if (own) own.push(resolved);
    else byPerson.set(placement.personId, [resolved]);
  }

  const teams: Team[] =
    scenario.structure === 'flat'
      ? [
          team(
            scenario.id,
            scenario.name,
            services.map((service) => service.id),
          ),
        ]
      : services.map((service) => team(service.id, service.name, [service.id]));
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

/** The distinct services a person works on in a scenario; a flat team counts as one. */
export function workStreams(placements: readonly ResolvedPlacement[]): number {
  return new Set(placements.map((placement) => placement.service?.id ?? '')).size;
}

/** The sum of a person's allocations in a scenario, in % of one full-time person. */
export function totalAllocation(placements: readonly ResolvedPlacement[]): number {
  let total = 0;
  for (const placement of placements) total += placement.allocation;
  return total;
}
