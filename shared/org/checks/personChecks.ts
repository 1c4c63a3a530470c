import type { OrgThresholds } from '../OrgDesignDoc';
import { has } from '../orgLookup';
import { formatFigure } from '../orgFormat';
import { ROLE_IDS } from '../roleCatalogue';
import type { ScenarioModel } from '../scenarioModel';
import { finding, type OrgCheck } from './OrgCheck';
import { effectiveCapacity, switchingLoss } from './weinberg';

/** Float noise from summing percentages (33.3 + 33.3 + 33.4) must not count as too much. */
const TOLERANCE = 1e-9;

/** Allocations summing above a person's capacity: an error. */
export function overAllocationChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  for (const [personId, { person, allocation: total }] of model.byPerson) {
    if (total <= person.capacity * 100 + TOLERANCE) continue;
    checks.push(
      finding(
        'overAllocation',
        'error',
        personId,
        { kind: 'person', personId },
        `${person.name} is allocated ${formatFigure(total)} % but can work ${formatFigure(person.capacity * 100)} % (${formatFigure(person.capacity)} FTE): nobody keeps that pace`,
      ),
    );
  }
  return checks;
}

/**
 * A person on two services or more, with what Weinberg says is left after switching between
 * them: a warning when that is less than what is planned, information otherwise.
 */
export function contextSwitchingChecks(model: ScenarioModel): OrgCheck[] {
  const checks: OrgCheck[] = [];
  for (const [personId, { person, services, allocation }] of model.byPerson) {
    if (services < 2) continue;
    const left = effectiveCapacity(person.capacity, services);
    const planned = allocation / 100;
    const short = planned > left + TOLERANCE;
    checks.push(
      finding(
        'contextSwitching',
        short ? 'warning' : 'info',
        personId,
        { kind: 'person', personId },
        `${person.name} works on ${services} services: about ${Math.round(switchingLoss(services) * 100)} % goes to switching (Weinberg), leaving ${formatFigure(left)} of ${formatFigure(person.capacity)} FTE for ${formatFigure(planned)} FTE planned`,
      ),
    );
  }
  return checks;
}

/** An expert on `expertServices` services or more is spread too thin: a warning. */
export function expertSpreadChecks(model: ScenarioModel, limits: OrgThresholds): OrgCheck[] {
  const checks: OrgCheck[] = [];
  const lost = Math.round(switchingLoss(limits.expertServices) * 100);
  for (const [personId, { person, services }] of model.byPerson) {
    if (services < limits.expertServices) continue;
    checks.push(
      finding(
        'expertSpread',
        'warning',
        personId,
        { kind: 'person', personId },
        `${person.name} serves ${services} services: at ${limits.expertServices} or more an expert loses ${lost} % or more to switching (Weinberg)`,
      ),
    );
  }
  return checks;
}

/**
 * In a matrix, Service Masters with more direct reports than about six (Toyota's chief
 * engineer). People with a functional pool report to their pool, as Toyota's engineers report
 * to their functional manager; those without one report to the Service Master they work for.
 * A flat team reports to its Service Master as a whole, and the team size check covers it.
 */
export function serviceMasterSpanChecks(model: ScenarioModel, limits: OrgThresholds): OrgCheck[] {
  if (model.scenario.structure !== 'matrix') return [];
  const checks: OrgCheck[] = [];
  const pools = model.design.pools;
  // The people of each team who report to its Service Master, found once per team.
  const unpooled = new Map<string, Set<string>>();
  for (const team of model.teams) {
    const ids = new Set<string>();
    for (const { person } of team.placements) {
      if (!has(pools, person.poolId)) ids.add(person.id);
    }
    unpooled.set(team.id, ids);
  }
  for (const [personId, { person, placements }] of model.byPerson) {
    const reports = new Set<string>();
    for (const placement of placements) {
      if (placement.role.id !== ROLE_IDS.serviceMaster) continue;
      for (const id of unpooled.get(placement.service!.id)!) reports.add(id);
    }
    reports.delete(personId);
    if (reports.size <= limits.serviceMasterSpan) continue;
    checks.push(
      finding(
        'serviceMasterSpan',
        'warning',
        personId,
        { kind: 'person', personId },
        `${reports.size} people without a functional pool report to Service Master ${person.name}: Toyota’s chief engineer has about ${limits.serviceMasterSpan} — let pools lead the experts`,
      ),
    );
  }
  return checks;
}

/**
 * In a matrix every expert has exactly one functional pool, their home. Service Masters are
 * exempt: they lead services, not a function.
 */
export function poolMembershipChecks(model: ScenarioModel): OrgCheck[] {
  if (model.scenario.structure !== 'matrix') return [];
  const checks: OrgCheck[] = [];
  for (const [personId, { person, placements }] of model.byPerson) {
    if (placements.every((placement) => placement.role.id === ROLE_IDS.serviceMaster)) continue;
    if (has(model.design.pools, person.poolId)) continue;
    const what =
      person.poolId === undefined ? 'has no functional pool' : 'is in a pool that was deleted';
    checks.push(
      finding(
        'poolMembership',
        'warning',
        personId,
        { kind: 'person', personId },
        `${person.name} ${what}: in a matrix each expert has exactly one functional home that develops them`,
      ),
    );
  }
  return checks;
}
