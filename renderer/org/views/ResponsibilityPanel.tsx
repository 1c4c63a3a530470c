import { useMemo } from 'react';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { responsibilityView } from '../../../shared/org/responsibilityView';
import { ResponsibilityTable } from './ResponsibilityTable';

/** Who acts where in the white paper's DevOps process, in the scenario on screen. */
export function ResponsibilityPanel({
  design,
  scenario,
}: {
  design: OrgDesignDoc;
  scenario: Scenario;
}) {
  const view = useMemo(() => responsibilityView(design, scenario.id), [design, scenario.id]);
  const labels = view.stages
    .filter((stage) => view.uncoveredStages.includes(stage.stage))
    .map((stage) => stage.label);
  return (
    <div className="org-responsibility-view">
      <p className={labels.length > 0 ? 'org-alarm-line' : 'org-ok-line'} role="status">
        {labels.length === 0
          ? `✓ Someone in “${scenario.name}” acts in each of the eleven stages.`
          : `⚠ Nobody in “${scenario.name}” acts in ${labels.length === 1 ? 'this stage' : `these ${labels.length} stages`}: ${labels.join(', ')}.`}
      </p>
      <ResponsibilityTable design={design} view={view} scenarioName={scenario.name} />
      <p className="org-muted">
        ● acts there and someone holds the role · ○ acts there, but nobody holds the role in this
        scenario. Where each role acts is set in the role catalogue (Details).
      </p>
    </div>
  );
}
