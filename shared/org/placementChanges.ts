import type { OrgDesignDoc, Placement, Scenario } from './OrgDesignDoc';
import { has, requirePerson, requireRole, requireScenario, requireService } from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { placementKey } from './placementKey';
import { allocationSchema } from './schemas/orgFieldSchemas';

/**
 * A person to place: in a matrix on a service, in a flat team without one. Without an
 * allocation they get what is left of their capacity in this scenario (all of it, at most
 * 100 %), or 100 % when nothing is left — the over-allocation check then says so.
 */
export interface NewPlacement {
  personId: string;
  serviceId?: string;
  roleId: string;
  allocation?: number;
}

/** Where to move a placement: another service (matrix), another role, or both. */
export interface PlacementTarget {
  serviceId?: string;
  roleId?: string;
}

/** Places a person in a scenario and returns the placement's key. */
export function placePerson(design: OrgDesignDoc, scenarioId: string, input: NewPlacement): string {
  return placeMany(design, scenarioId, [input])[0]!;
}

/**
 * Places several people at once (an import): all of them, or — when one is refused — none,
 * with the refusal of the first bad one.
 */
export function placeMany(
  design: OrgDesignDoc,
  scenarioId: string,
  inputs: readonly NewPlacement[],
): string[] {
  const scenario = requireScenario(design, scenarioId);
  const accepted = new Map<string, Placement>();
  for (const input of inputs) {
    const placement = validatePlacement(design, scenario, input, accepted);
    accepted.set(placementKey(placement), placement);
  }
  for (const [key, placement] of accepted) scenario.placements[key] = placement;
  return [...accepted.keys()];
}

/**
 * The placement `input` would make, with its allocation filled in, or an
 * {@link OrgValidationError}: a person, service or role that does not exist, a service in a
 * flat team or none in a matrix, an allocation outside 0–100 %, the same person, cell and
 * role twice. `pending` holds placements about to be made with it (an import's rows).
 */
export function validatePlacement(
  design: OrgDesignDoc,
  scenario: Scenario,
  input: NewPlacement,
  pending: ReadonlyMap<string, Placement> = new Map(),
): Placement {
  const person = requirePerson(design, input.personId);
  const role = requireRole(design, input.roleId);
  requireCell(design, scenario, input.serviceId);
  const placement: Placement = { personId: input.personId, roleId: input.roleId, allocation: 0 };
  if (input.serviceId !== undefined) placement.serviceId = input.serviceId;
  const key = placementKey(placement);
  if (has(scenario.placements, key) || pending.has(key)) {
    const where =
      input.serviceId === undefined ? '' : ` on ${design.services[input.serviceId]!.name}`;
    throw new OrgValidationError(
      'roleId',
      `${person.name} is already ${role.name}${where} in this scenario: change that allocation instead`,
    );
  }
  placement.allocation =
    input.allocation === undefined
      ? defaultAllocation(scenario, input.personId, person.capacity, pending)
      : parseOrThrow(allocationSchema, input.allocation);
  return placement;
}

/** Changes how much of a full-time person a placement takes (1–100 %). */
export function setAllocation(
  design: OrgDesignDoc,
  scenarioId: string,
  key: string,
  allocation: number,
): void {
  const placement = requirePlacement(design, scenarioId, key);
  const checked = parseOrThrow(allocationSchema, allocation);
  if (placement.allocation !== checked) placement.allocation = checked;
}

/**
 * Moves a placement to another service (matrix) or role, keeping its allocation, and returns
 * its new key. Refused when the person is already there in that role.
 */
export function movePlacement(
  design: OrgDesignDoc,
  scenarioId: string,
  key: string,
  target: PlacementTarget,
): string {
  const scenario = requireScenario(design, scenarioId);
  const placement = requirePlacement(design, scenarioId, key);
  const moved: Placement = {
    personId: placement.personId,
    roleId: target.roleId ?? placement.roleId,
    allocation: placement.allocation,
  };
  const serviceId = target.serviceId ?? placement.serviceId;
  if (serviceId !== undefined) moved.serviceId = serviceId;
  const newKey = placementKey(moved);
  if (newKey === key) return key;
  const checked = validatePlacement(design, scenario, moved);
  delete scenario.placements[key];
  scenario.placements[newKey] = checked;
  return newKey;
}

/** Takes a person off a placement. */
export function unplace(design: OrgDesignDoc, scenarioId: string, key: string): void {
  const scenario = requireScenario(design, scenarioId);
  if (has(scenario.placements, key)) delete scenario.placements[key];
}

function requirePlacement(design: OrgDesignDoc, scenarioId: string, key: string): Placement {
  const scenario = requireScenario(design, scenarioId);
  if (!has(scenario.placements, key)) {
    throw new OrgValidationError(
      'placement',
      'This placement is no longer in the scenario (removed meanwhile, perhaps on another laptop)',
    );
  }
  return scenario.placements[key]!;
}

function requireCell(design: OrgDesignDoc, scenario: Scenario, serviceId: string | undefined) {
  if (scenario.structure === 'flat') {
    if (serviceId !== undefined) {
      throw new OrgValidationError(
        'serviceId',
        'In a flat design everyone works in the one team, so a placement names no service',
      );
    }
  } else if (serviceId === undefined) {
    throw new OrgValidationError(
      'serviceId',
      'In a matrix each placement is on a service: choose one',
    );
  } else requireService(design, serviceId);
}

function defaultAllocation(
  scenario: Scenario,
  personId: string,
  capacity: number,
  pending: ReadonlyMap<string, Placement>,
): number {
  let allocated = 0;
  for (const placement of [...Object.values(scenario.placements), ...pending.values()]) {
    if (placement.personId === personId) allocated += placement.allocation;
  }
  const left = Math.round((capacity * 100 - allocated) * 100) / 100;
  return left > 0 ? Math.min(100, left) : 100;
}
