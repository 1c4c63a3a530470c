import type { ValueStreamMapDoc } from '../vsm/ValueStreamMapDoc';
import type { OrgDesignDoc, Role } from './OrgDesignDoc';
import { orderedRoles, orderedScenarios, requireScenario } from './orgLookup';
import { isBuiltInRole, ROLE_ALIASES, roleWords } from './roleCatalogue';
import { scenarioModel, type ScenarioModel } from './scenarioModel';

/**
 * Who does a step in a scenario: one of its teams, or a unit outside the design — a role
 * nobody in the scenario holds, or one the catalogue does not know ("Change Advisory Board").
 */
export type HandoffUnit =
  { kind: 'team'; teamId: string; name: string } | { kind: 'outside'; name: string };

export interface StepUnit {
  stepId: string;
  /** The catalogue role the step's role text names, if any. */
  roleId: string | null;
  /** Null when the step names no role: it is left out of the count. */
  unit: HandoffUnit | null;
}

/** A connection of the map along which work passes from one unit to another. */
export interface TeamHandoff {
  fromStepId: string;
  toStepId: string;
  from: HandoffUnit;
  to: HandoffUnit;
}

export interface ValueStreamHandoffs {
  scenarioId: string;
  /** Connections whose two steps are done by different units. */
  handoffs: number;
  /** Connections whose two steps both name a role: what the handoffs are counted among. */
  connections: number;
  /** In the map's step order. */
  steps: StepUnit[];
  crossings: TeamHandoff[];
  /** Steps that name no role. */
  unmappedStepIds: string[];
  /** The team the map's work is taken to belong to (see {@link valueStreamHandoffs}). */
  homeTeamId: string | null;
}

export interface HandoffOptions {
  /** The service the map is of: in a matrix, its team does the steps it can. */
  serviceId?: string;
}

/**
 * Counts the handoffs between teams along a value stream map's flow in one scenario —
 * Conway's law as a number. Each step's role text is matched to the role catalogue (by name,
 * or for the white paper's roles also "Scrum Master", "Ops", "Developers", …; "A & B" takes
 * the first part that matches). The step goes to the home team if someone there holds that
 * role, else to the first team that has it, else outside the design. The home team is the
 * flat team, or in a matrix the service's team (`serviceId`) or else the team that holds the
 * roles of the most steps. Every connection between two steps of different units is one
 * handoff; rework loops and information flows are not counted.
 */
export function valueStreamHandoffs(
  map: ValueStreamMapDoc,
  design: OrgDesignDoc,
  scenarioId: string,
  options: HandoffOptions = {},
): ValueStreamHandoffs {
  const model = scenarioModel(design, requireScenario(design, scenarioId));
  const roles = orderedRoles(design);
  const stepRoles = map.steps.map((step) => ({ step, match: matchRole(step.role, roles) }));

  const teamsHolding = new Map<string, string[]>();
  for (const team of model.teams) {
    for (const roleId of new Set(team.placements.map((placement) => placement.role.id))) {
      teamsHolding.set(roleId, [...(teamsHolding.get(roleId) ?? []), team.id]);
    }
  }
  const homeTeamId = homeTeam(model, options, stepRoles, teamsHolding);
  const teamNames = new Map(model.teams.map((team) => [team.id, team.name]));

  const units = new Map<string, { key: string; unit: HandoffUnit } | null>();
  const steps: StepUnit[] = [];
  for (const { step, match } of stepRoles) {
    let placed: { key: string; unit: HandoffUnit } | null = null;
    if (match.role) {
      const holders = teamsHolding.get(match.role.id) ?? [];
      const teamId = holders.find((id) => id === homeTeamId) ?? holders[0];
      placed = teamId
        ? { key: `team:${teamId}`, unit: { kind: 'team', teamId, name: teamNames.get(teamId)! } }
        : { key: `outside:${roleWords(match.role.name)}`, unit: outside(match.role.name) };
    } else if (match.words !== '') {
      placed = { key: `outside:${match.words}`, unit: outside(step.role.trim()) };
    }
    units.set(step.id, placed);
    steps.push({ stepId: step.id, roleId: match.role?.id ?? null, unit: placed?.unit ?? null });
  }

  const crossings: TeamHandoff[] = [];
  let connections = 0;
  for (const step of map.steps) {
    const to = units.get(step.id);
    if (!to) continue;
    for (const predecessorId of Object.keys(step.predecessors)) {
      const from = units.get(predecessorId);
      if (!from) continue;
      connections++;
      if (from.key !== to.key) {
        crossings.push({
          fromStepId: predecessorId,
          toStepId: step.id,
          from: from.unit,
          to: to.unit,
        });
      }
    }
  }
  return {
    scenarioId,
    handoffs: crossings.length,
    connections,
    steps,
    crossings,
    unmappedStepIds: steps.filter((step) => step.unit === null).map((step) => step.stepId),
    homeTeamId,
  };
}

/** The handoffs of every scenario along one map, in the scenarios' display order. */
export function handoffsByScenario(
  map: ValueStreamMapDoc,
  design: OrgDesignDoc,
  options: HandoffOptions = {},
): ValueStreamHandoffs[] {
  return orderedScenarios(design).map((scenario) =>
    valueStreamHandoffs(map, design, scenario.id, options),
  );
}

interface RoleMatch {
  role: Role | null;
  /** The text as compared, for grouping unknown roles. */
  words: string;
}

/** The catalogue role a step's role text names, whole or by its first matching part. */
export function matchRole(text: string, roles: readonly Role[]): RoleMatch {
  const words = roleWords(text);
  if (words === '') return { role: null, words };
  const find = (candidate: string) =>
    roles.find(
      (role) =>
        roleWords(role.name) === candidate ||
        (isBuiltInRole(role.id) && ROLE_ALIASES[role.id].includes(candidate)),
    ) ?? null;
  const whole = find(words);
  if (whole) return { role: whole, words };
  for (const part of text.split(/[&,+]|\band\b/i)) {
    const role = find(roleWords(part));
    if (role) return { role, words };
  }
  return { role: null, words };
}

function homeTeam(
  model: ScenarioModel,
  options: HandoffOptions,
  stepRoles: { match: RoleMatch }[],
  teamsHolding: Map<string, string[]>,
): string | null {
  if (model.scenario.structure === 'flat') return model.teams[0]?.id ?? null;
  if (options.serviceId && model.teams.some((team) => team.id === options.serviceId)) {
    return options.serviceId;
  }
  const stepsHeld = new Map<string, number>();
  for (const { match } of stepRoles) {
    if (!match.role) continue;
    for (const teamId of teamsHolding.get(match.role.id) ?? []) {
      stepsHeld.set(teamId, (stepsHeld.get(teamId) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const team of model.teams) {
    const held = stepsHeld.get(team.id) ?? 0;
    if (held > 0 && held > (best === null ? 0 : stepsHeld.get(best)!)) best = team.id;
  }
  return best;
}

function outside(name: string): HandoffUnit {
  return { kind: 'outside', name };
}
