import type { OrgDesignDoc } from '../OrgDesignDoc';
import { requireScenario } from '../orgLookup';
import { scenarioModel, type ScenarioModel } from '../scenarioModel';
import { CHECK_SEVERITIES, type CheckSeverity, type OrgCheck } from './OrgCheck';
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
  // In the order of CHECK_RULES, so that bucketing by severity keeps the rules in order.
  const byRule = [
    missingRoleChecks(model),
    overAllocationChecks(model),
    teamSizeChecks(model, limits),
    cognitiveLoadChecks(model, limits),
    contextSwitchingChecks(model),
    expertSpreadChecks(model, limits),
    serviceMasterSpanChecks(model, limits),
    roleExperienceChecks(model),
    poolMembershipChecks(model),
    approvalBoardChecks(model),
    singlePointOfFailureChecks(model),
  ];
  const bySeverity: Record<CheckSeverity, OrgCheck[]> = { error: [], warning: [], info: [] };
  for (const checks of byRule) {
    for (const check of checks) bySeverity[check.severity].push(check);
  }
  return CHECK_SEVERITIES.flatMap((severity) => bySeverity[severity]);
}
