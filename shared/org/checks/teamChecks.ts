import type { OrgThresholds, Service } from '../OrgDesignDoc';
import { formatFigure } from '../orgFormat';
import type { ScenarioModel, Team } from '../scenarioModel';
import { finding, type OrgCheck } from './OrgCheck';

/**
 * A team above the error size (Scrum Guide: "typically 10 or fewer") is an error, above the
 * warning size (Team Topologies: 7–9) a warning; the reason gives its n(n−1)/2 communication
 * paths.
 */
export function teamSizeChecks(model: ScenarioModel, limits: OrgThresholds): OrgCheck[] {
  const checks: OrgCheck[] = [];
  for (const team of model.teams) {
    const size = team.memberIds.length;
    const paths = (size * (size - 1)) / 2;
    const target = { kind: 'team', teamId: team.id } as const;
    const counted = `${team.name} has ${size} people, ${paths} communication paths`;
    if (size > limits.teamSizeErrorAbove) {
      checks.push(
        finding(
          'teamSize',
          'error',
          team.id,
          target,
          `${counted}: more than ${limits.teamSizeErrorAbove} (Scrum Guide: typically 10 or fewer) — split the team`,
        ),
      );
    } else if (size > limits.teamSizeWarnAbove) {
      checks.push(
        finding(
          'teamSize',
          'warning',
          team.id,
          target,
          `${counted}: more than ${limits.teamSizeWarnAbove} (Team Topologies: 7–9 people)`,
        ),
      );
    }
  }
  return checks;
}

/**
 * Team Topologies' heuristic for the services one team carries: a complex service leaves room
 * for no other, never two complicated ones, at most `simpleServicesPerTeam` simple ones.
 * A matrix team carries one service, so this speaks to flat teams.
 */
export function cognitiveLoadChecks(model: ScenarioModel, limits: OrgThresholds): OrgCheck[] {
  const checks: OrgCheck[] = [];
  for (const team of model.teams) {
    const reason = overload(team, model, limits.simpleServicesPerTeam);
    if (reason) {
      checks.push(
        finding('cognitiveLoad', 'warning', team.id, { kind: 'team', teamId: team.id }, reason),
      );
    }
  }
  return checks;
}

function overload(team: Team, model: ScenarioModel, simpleLimit: number): string | null {
  const services = team.serviceIds.map((id) => model.design.services[id]!);
  const excess = serviceOverload(services, simpleLimit);
  return excess && `${team.name} carries ${excess}`;
}

/**
 * What is too much about one team carrying these services, by Team Topologies' heuristic
 * ("3 complicated services (A, B, C): never two per team"), or null when one team can.
 */
export function serviceOverload(services: readonly Service[], simpleLimit: number): string | null {
  if (services.length < 2) return null;
  const of = (complexity: Service['complexity']) =>
    services.filter((service) => service.complexity === complexity);
  const complex = of('complex');
  if (complex.length > 0) {
    return `the complex service ${complex[0]!.name} and ${services.length - 1} more: a complex service leaves room for no other (Team Topologies)`;
  }
  const complicated = of('complicated');
  if (complicated.length >= 2) {
    const names = complicated.map((service) => service.name).join(', ');
    return `${complicated.length} complicated services (${names}): never two per team (Team Topologies)`;
  }
  const simple = of('simple');
  if (simple.length > simpleLimit) {
    return `${simple.length} simple services: at most ${formatFigure(simpleLimit)} per team (Team Topologies: 2–3)`;
  }
  return null;
}
