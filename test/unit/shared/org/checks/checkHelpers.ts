import { checkScenario } from '../../../../../shared/org/checks/checkScenario';
import type { CheckRule } from '../../../../../shared/org/checks/OrgCheck';
import type { OrgDesignDoc } from '../../../../../shared/org/OrgDesignDoc';

/** The findings of one rule in scenario "s1". */
export function findings(design: OrgDesignDoc, rule: CheckRule) {
  return checkScenario(design, 's1').filter((check) => check.rule === rule);
}
