import { checksOf } from './checks/checkScenario';
import type { CheckSeverity, OrgCheck } from './checks/OrgCheck';
import type { OrgDesignDoc, Structure } from './OrgDesignDoc';
import { compareText, orderedPeople, orderedServices, requireScenario } from './orgLookup';
import { scenarioModel, type ResolvedPlacement, type ScenarioModel } from './scenarioModel';

/** Staff and cost of one service in one scenario. */
export interface ServiceFigures {
  fte: number;
  /** Per year, in the design's currency; null when nobody on it has a cost rate. */
  cost: number | null;
}

export interface TeamFigures {
  teamId: string;
  name: string;
  /** People in the team. */
  size: number;
  fte: number;
}

/** One scenario's figures, as the comparison shows them side by side. */
export interface ScenarioFigures {
  scenarioId: string;
  name: string;
  structure: Structure;
  /** People placed at least once. */
  headcount: number;
  /** The sum of all allocations, in full-time equivalents. */
  fte: number;
  /** Per year; null when nobody placed has a cost rate. */
  cost: number | null;
  /** Placed people without a cost rate: the cost leaves them out. */
  missingRatePersonIds: string[];
  /**
   * By service id. A flat team works on all services, so its FTE and cost are split evenly
   * across them (`sharedEvenly`).
   */
  services: Record<string, ServiceFigures>;
  sharedEvenly: boolean;
  teams: TeamFigures[];
  checks: OrgCheck[];
  /** Findings by severity. */
  counts: Record<CheckSeverity, number>;
}

/** Where a person works in a scenario: one placement. */
export interface PlacementSummary {
  /** Null for the flat team. */
  serviceId: string | null;
  roleId: string;
  allocation: number;
  /** "Payments · Development team · 50 %". */
  label: string;
}

/** A person placed differently in the two scenarios. */
export interface PersonMove {
  personId: string;
  name: string;
  from: PlacementSummary[];
  to: PlacementSummary[];
}

export interface ServiceDelta {
  serviceId: string;
  name: string;
  a: ServiceFigures;
  b: ServiceFigures;
}

export interface ScenarioComparison {
  a: ScenarioFigures;
  b: ScenarioFigures;
  /** Every service of the design, in display order. */
  services: ServiceDelta[];
  /** Findings by id: only in A (fixed by B), only in B (new in B). */
  checksOnlyInA: OrgCheck[];
  checksOnlyInB: OrgCheck[];
  /** People whose placements differ, by name. */
  moves: PersonMove[];
}

/** Any two scenarios of a design side by side (A is usually the baseline). */
export function compareScenarios(
  design: OrgDesignDoc,
  scenarioIdA: string,
  scenarioIdB: string,
): ScenarioComparison {
  const modelA = scenarioModel(design, requireScenario(design, scenarioIdA, 'a'));
  const modelB = scenarioModel(design, requireScenario(design, scenarioIdB, 'b'));
  const a = scenarioFigures(modelA);
  const b = scenarioFigures(modelB);
  const idsA = new Set(a.checks.map((check) => check.id));
  const idsB = new Set(b.checks.map((check) => check.id));
  return {
    a,
    b,
    services: orderedServices(design).map((service) => ({
      serviceId: service.id,
      name: service.name,
      a: a.services[service.id]!,
      b: b.services[service.id]!,
    })),
    checksOnlyInA: a.checks.filter((check) => !idsB.has(check.id)),
    checksOnlyInB: b.checks.filter((check) => !idsA.has(check.id)),
    moves: moves(design, modelA, modelB),
  };
}

/** The figures of one scenario: headcount, FTE and cost in total, per service and per team. */
export function scenarioFigures(model: ScenarioModel): ScenarioFigures {
  const { design, scenario } = model;
  const serviceIds = orderedServices(design).map((service) => service.id);
  const services: Record<string, ServiceFigures> = {};
  for (const id of serviceIds) services[id] = { fte: 0, cost: null };
  const flat = scenario.structure === 'flat';
  const share = flat ? 1 / Math.max(1, serviceIds.length) : 1;

  let fte = 0;
  let cost: number | null = null;
  const missingRate = new Set<string>();
  for (const placement of model.placements) {
    const placementFte = placement.allocation / 100;
    const placementCost = costOf(placement);
    fte += placementFte;
    if (placementCost === null) missingRate.add(placement.person.id);
    else cost = (cost ?? 0) + placementCost;
    for (const id of flat ? serviceIds : [placement.service!.id]) {
      const figures = services[id]!;
      figures.fte += placementFte * share;
      if (placementCost !== null) figures.cost = (figures.cost ?? 0) + placementCost * share;
    }
  }

  const checks = checksOf(model);
  const counts: Record<CheckSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const check of checks) counts[check.severity]++;
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    structure: scenario.structure,
    headcount: model.byPerson.size,
    fte,
    cost,
    missingRatePersonIds: [...missingRate],
    services,
    sharedEvenly: flat,
    teams: model.teams.map((team) => ({
      teamId: team.id,
      name: team.name,
      size: team.memberIds.length,
      fte: team.placements.reduce((sum, placement) => sum + placement.allocation / 100, 0),
    })),
    checks,
    counts,
  };
}

/** A placement's yearly cost: its share of a full-time year at the person's rate. */
function costOf(placement: ResolvedPlacement): number | null {
  const rate = placement.person.costPerFteYear;
  return rate === undefined ? null : (placement.allocation / 100) * rate;
}

function moves(design: OrgDesignDoc, a: ScenarioModel, b: ScenarioModel): PersonMove[] {
  const result: PersonMove[] = [];
  for (const person of orderedPeople(design)) {
    const from = summaries(a, person.id);
    const to = summaries(b, person.id);
    const same = from.length === to.length && from.every((each, i) => sameSummary(each, to[i]!));
    if (!same) result.push({ personId: person.id, name: person.name, from, to });
  }
  return result;
}

function summaries(model: ScenarioModel, personId: string): PlacementSummary[] {
  const placements = model.byPerson.get(personId)?.placements ?? [];
  return placements
    .map((placement) => ({
      serviceId: placement.service?.id ?? null,
      roleId: placement.role.id,
      allocation: placement.allocation,
      label: `${placement.service?.name ?? model.scenario.name} · ${placement.role.name} · ${Math.round(placement.allocation * 100) / 100} %`,
    }))
    .sort((x, y) => compareText(x.label, y.label));
}

function sameSummary(x: PlacementSummary, y: PlacementSummary): boolean {
  return x.serviceId === y.serviceId && x.roleId === y.roleId && x.allocation === y.allocation;
}
