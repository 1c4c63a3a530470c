import { checkScenario } from '../../shared/org/checks/checkScenario';
import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { count, designOutline, leadingScenario } from './designOutline';

/**
 * "Matrix · 12 people · 3 services · 2 checks failing": the outline and how many errors and
 * warnings the baseline scenario (or the first) has. Information does not fail.
 */
export function designSummary(design: OrgDesignDoc): string {
  const scenario = leadingScenario(design);
  if (!scenario) return designOutline(design);
  const failing = checkScenario(design, scenario.id).filter(
    (check) => check.severity !== 'info',
  ).length;
  return `${designOutline(design)} · ${failing === 0 ? 'all checks pass' : count(failing, 'check failing', 'checks failing')}`;
}
