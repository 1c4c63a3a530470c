import type { OrgDesignDoc } from '../OrgDesignDoc';
import { requireScenario } from '../orgLookup';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import { CHECK_RULES, CHECK_SEVERITIES, type OrgCheck } from './OrgCheck';
import {
  contextSwitchingChecks,
  expertSpreadChecks,
  overAllocationChecks,
  poolMembershipChecks,
  serviceMasterSpanChecks,
} from './personChecks';
import { approvalBoardChecks, missingRoleChecks } from './serviceChecks';
import { roleExperienceChecks, singlePointOfFailureChecks } from './skillChecks';
import { cognitiveLoadChecks, teamSizeChecks } from './teamChecks';

const SEVERITY_RANK = new Map(CHECK_SEVERITIES.map((severity, rank) => [severity, rank]));
const RULE_RANK = new Map(CHECK_RULES.map((rule, rank) => [rule, rank]));

/**
 * Every check of one scenario, errors first, then warnings, then information; within those by
 * rule, then in the order of the design's teams and placements. Pure and fast enough to run
 * on every edit; whatever a merge left dangling is skipped, never thrown on.
 */
export function checkScenario(design: OrgDesignDoc, scenarioId: string): OrgCheck[] {
  return checksOf(scenarioModel(design, requireScenario(design, scenarioId)));
}

/** The checks of every scenario, by scenario id. */
export function checkDesign(design: OrgDesignDoc): Record<string, OrgCheck[]> {
  const result: Record<string, OrgCheck[]> = {};
  for (const scenario of Object.values(design.scenarios)) {
    result[scenario.id] = checksOf(scenarioModel(design, scenario));
  }
  return result;
}

/** The checks of an already resolved scenario (comparisons resolve once and reuse it). */
export function checksOf(model: ScenarioModel): OrgCheck[] {
  const limits = model.design.thresholds;
  const checks = [
    ...missingRoleChecks(model),
    ...overAllocationChecks(model),
    ...teamSizeChecks(model, limits),
    ...cognitiveLoadChecks(model, limits),
    ...contextSwitchingChecks(model),
    ...expertSpreadChecks(model, limits),
    ...serviceMasterSpanChecks(model, limits),
    ...roleExperienceChecks(model),
    ...poolMembershipChecks(model),
    ...approvalBoardChecks(model),
    ...singlePointOfFailureChecks(model),
  ];
  // A stable sort keeps each rule's own order (teams, then placements) within a rank.
  return checks.sort(
    (a, b) =>
      SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
      RULE_RANK.get(a.rule)! - RULE_RANK.get(b.rule)!,
  );
}
