import { z } from 'zod';
import { randomId, type IdFactory } from './ids';
import { type OrgDesignDoc, type Structure, STRUCTURES } from './OrgDesignDoc';
import {
  findByName,
  has,
  nextOrder,
  requireFreeName,
  requireScenario,
  requireService,
  sameName,
} from './orgLookup';
import { OrgValidationError, parseOrThrow } from './OrgValidationError';
import { scenarioNameSchema } from './schemas/orgFieldSchemas';

const newScenarioSchema = z.object({
  name: scenarioNameSchema,
  structure: z.enum(STRUCTURES, { error: 'A scenario is flat or matrix' }),
});

/** Adds an empty scenario of the given structure, after the others, and returns its id. */
export function addScenario(
  design: OrgDesignDoc,
  input: { name: string; structure: Structure },
  newId: IdFactory = randomId,
): string {
  const fields = parseOrThrow(newScenarioSchema, input);
  requireFreeName(design.scenarios, fields.name, 'a scenario');
  const id = newId();
  design.scenarios[id] = {
    id,
    ...fields,
    order: nextOrder(design.scenarios),
    placements: {},
    approvalBoards: {},
  };
  return id;
}

export function renameScenario(design: OrgDesignDoc, scenarioId: string, name: string): void {
  const scenario = requireScenario(design, scenarioId);
  const checked = parseOrThrow(z.object({ name: scenarioNameSchema }), { name }).name;
  if (!sameName(checked, scenario.name)) requireFreeName(design.scenarios, checked, 'a scenario');
  if (scenario.name !== checked) scenario.name = checked;
}

/**
 * Copies a scenario — its placements and approval boards — to try a variant, placed right
 * after the others. Named "… (copy)" unless a name is given. Returns the copy's id.
 */
export function duplicateScenario(
  design: OrgDesignDoc,
  scenarioId: string,
  newId: IdFactory = randomId,
  name?: string,
): string {
  const source = requireScenario(design, scenarioId);
  const copyName = name ?? freeCopyName(design, source.name);
  const checked = parseOrThrow(z.object({ name: scenarioNameSchema }), { name: copyName }).name;
  requireFreeName(design.scenarios, checked, 'a scenario');
  const id = newId();
  const placements: typeof source.placements = {};
  for (const [key, placement] of Object.entries(source.placements)) {
    placements[key] = { ...placement };
  }
  design.scenarios[id] = {
    id,
    name: checked,
    structure: source.structure,
    order: nextOrder(design.scenarios),
    placements,
    approvalBoards: { ...source.approvalBoards },
    duplicatedFrom: scenarioId,
  };
  return id;
}

/** Deletes a scenario; the last one stays, so a design always has one to show. */
export function deleteScenario(design: OrgDesignDoc, scenarioId: string): void {
  if (!has(design.scenarios, scenarioId)) return;
  if (Object.keys(design.scenarios).length === 1) {
    throw new OrgValidationError(
      'scenarioId',
      'This is the design’s only scenario, so it stays. Add another scenario first.',
    );
  }
  delete design.scenarios[scenarioId];
  if (design.baselineScenarioId === scenarioId) delete design.baselineScenarioId;
}

/** Makes a scenario the baseline others are compared with; `null` leaves none marked. */
export function markBaseline(design: OrgDesignDoc, scenarioId: string | null): void {
  if (scenarioId === null) {
    if (design.baselineScenarioId !== undefined) delete design.baselineScenarioId;
    return;
  }
  requireScenario(design, scenarioId);
  if (design.baselineScenarioId !== scenarioId) design.baselineScenarioId = scenarioId;
}

/**
 * Says whether a service's releases wait for an external approval board in this scenario
 * (rather than for the team's own Gatekeeper).
 */
export function setApprovalBoard(
  design: OrgDesignDoc,
  scenarioId: string,
  serviceId: string,
  external: boolean,
): void {
  const scenario = requireScenario(design, scenarioId);
  if (external) {
    requireService(design, serviceId);
    if (!has(scenario.approvalBoards, serviceId)) scenario.approvalBoards[serviceId] = true;
  } else if (has(scenario.approvalBoards, serviceId)) delete scenario.approvalBoards[serviceId];
}

function freeCopyName(design: OrgDesignDoc, name: string): string {
  const base = `${name} (copy)`;
  if (!findByName(design.scenarios, base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${name} (copy ${n})`;
    if (!findByName(design.scenarios, candidate)) return candidate;
  }
}
