import { useId, useMemo, useState } from 'react';
import { compareScenarios } from '../../../shared/org/compareScenarios';
import { orderedScenarios } from '../../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { ComparisonTables } from './ComparisonTables';

interface Props {
  design: OrgDesignDoc;
  /** The scenario on screen: compared with the baseline by default. */
  scenario: Scenario;
}

/** Any two scenarios side by side; by default the baseline and the scenario on screen. */
export function CompareView({ design, scenario }: Props) {
  const id = useId();
  const scenarios = orderedScenarios(design);
  const baseline = design.baselineScenarioId;
  const defaultA =
    baseline !== undefined && baseline !== scenario.id && Object.hasOwn(design.scenarios, baseline)
      ? baseline
      : (scenarios.find((each) => each.id !== scenario.id)?.id ?? scenario.id);
  const [chosenA, setA] = useState<string | null>(null);
  const [chosenB, setB] = useState<string | null>(null);
  const a = chosenA !== null && Object.hasOwn(design.scenarios, chosenA) ? chosenA : defaultA;
  const b = chosenB !== null && Object.hasOwn(design.scenarios, chosenB) ? chosenB : scenario.id;
  const comparison = useMemo(
    () => (scenarios.length < 2 ? null : compareScenarios(design, a, b)),
    [design, a, b, scenarios.length],
  );
  if (!comparison) {
    return (
      <div className="org-empty">
        <h2>One scenario so far</h2>
        <p>
          Duplicate this scenario (or add a new one) to try another structure with the same people,
          then compare the two here.
        </p>
      </div>
    );
  }
  const select = (label: string, value: string, onChange: (value: string) => void) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <select
        id={`${id}-${label}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {scenarios.map((each) => (
          <option key={each.id} value={each.id}>
            {each.name}
            {each.id === baseline ? ' (baseline)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="org-compare">
      <div className="org-compare-pick">
        {select('Compare', a, setA)}
        {select('with', b, setB)}
      </div>
      {a === b ? (
        <p className="org-muted">Choose two different scenarios.</p>
      ) : (
        <ComparisonTables comparison={comparison} currency={design.currency} />
      )}
    </div>
  );
}
