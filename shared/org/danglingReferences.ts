import type { OrgDesignDoc } from './OrgDesignDoc';
import { has, orderedScenarios } from './orgLookup';

/**
 * What concurrent edits on two laptops can leave behind: each change was valid where it was
 * made, but together they point at something that is gone. The design still opens and the
 * checks skip these; the UI lists them with their `repair` and applies
 * {@link repairDanglingReferences}.
 */
export type DanglingReference =
  | { kind: 'placement'; scenarioId: string; key: string; missing: 'person' | 'service' | 'role' }
  | { kind: 'pool'; personId: string; poolId: string }
  | { kind: 'smoMember'; personId: string }
  | { kind: 'approvalBoard'; scenarioId: string; serviceId: string }
  | { kind: 'baseline'; scenarioId: string };

export interface DanglingReport {
  reference: DanglingReference;
  /** What is wrong, for the coach. */
  message: string;
  /** What the repair will do. */
  repair: string;
}

/** Every reference to something deleted, with a sentence on it and on its repair. */
export function danglingReferences(design: OrgDesignDoc): DanglingReport[] {
  const reports: DanglingReport[] = [];
  for (const scenario of orderedScenarios(design)) {
    for (const [key, placement] of Object.entries(scenario.placements)) {
      const missing = !has(design.people, placement.personId)
        ? 'person'
        : placement.serviceId !== undefined && !has(design.services, placement.serviceId)
          ? 'service'
          : !has(design.roles, placement.roleId)
            ? 'role'
            : null;
      if (!missing) continue;
      const who = design.people[placement.personId]?.name ?? 'A person deleted on another laptop';
      reports.push({
        reference: { kind: 'placement', scenarioId: scenario.id, key, missing },
        message:
          missing === 'person'
            ? `In “${scenario.name}”, a placement names a person who was deleted (perhaps on another laptop).`
            : `In “${scenario.name}”, ${who} is placed on a ${missing} that was deleted (perhaps on another laptop).`,
        repair: 'Remove this placement.',
      });
    }
    for (const serviceId of Object.keys(scenario.approvalBoards)) {
      if (has(design.services, serviceId)) continue;
      reports.push({
        reference: { kind: 'approvalBoard', scenarioId: scenario.id, serviceId },
        message: `In “${scenario.name}”, an approval board is set for a service that was deleted.`,
        repair: 'Forget that approval board.',
      });
    }
  }
  for (const person of Object.values(design.people)) {
    if (person.poolId !== undefined && !has(design.pools, person.poolId)) {
      reports.push({
        reference: { kind: 'pool', personId: person.id, poolId: person.poolId },
        message: `${person.name} belongs to a pool that was deleted (perhaps on another laptop).`,
        repair: `Leave ${person.name} without a pool, to be given one.`,
      });
    }
  }
  for (const personId of Object.keys(design.smo.memberIds)) {
    if (has(design.people, personId)) continue;
    reports.push({
      reference: { kind: 'smoMember', personId },
      message: 'The Service Management Office lists a person who was deleted.',
      repair: 'Take them off the Service Management Office.',
    });
  }
  const baseline = design.baselineScenarioId;
  if (baseline !== undefined && !has(design.scenarios, baseline)) {
    reports.push({
      reference: { kind: 'baseline', scenarioId: baseline },
      message: 'The baseline scenario was deleted (perhaps on another laptop).',
      repair: 'Leave no scenario marked as the baseline until one is chosen.',
    });
  }
  return reports;
}

/**
 * Removes every dangling reference {@link danglingReferences} lists, in place. Only what
 * points at something already gone is touched, so nothing a person can still see is lost.
 */
export function repairDanglingReferences(design: OrgDesignDoc): number {
  const reports = danglingReferences(design);
  for (const { reference } of reports) {
    switch (reference.kind) {
      case 'placement':
        delete design.scenarios[reference.scenarioId]!.placements[reference.key];
        break;
      case 'approvalBoard':
        delete design.scenarios[reference.scenarioId]!.approvalBoards[reference.serviceId];
        break;
      case 'pool':
        delete design.people[reference.personId]!.poolId;
        break;
      case 'smoMember':
        delete design.smo.memberIds[reference.personId];
        break;
      case 'baseline':
        delete design.baselineScenarioId;
        break;
    }
  }
  return reports.length;
}
