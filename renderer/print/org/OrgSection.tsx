import { useMemo } from 'react';
import { checkDesign } from '../../../shared/org/checks/checkScenario';
import type { OrgCheck } from '../../../shared/org/checks/OrgCheck';
import { compareScenarios } from '../../../shared/org/compareScenarios';
import { orderedPeople, orderedPools, orderedScenarios } from '../../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { recommendStructure } from '../../../shared/org/recommendStructure';
import { responsibilityView } from '../../../shared/org/responsibilityView';
import { printableArea } from '../../../shared/print/pageSetup';
import { RULE_LABELS, SEVERITY_WORDS } from '../../org/checkWords';
import { ComparisonTables } from '../../org/compare/ComparisonTables';
import { leadingScenario } from '../../org/designOutline';
import { figure, money } from '../../org/orgFigures';
import { ResponsibilityTable } from '../../org/views/ResponsibilityTable';
import type { ReportSectionProps } from '../ReportSection';
import { OrgChartFigure } from './OrgChartFigure';
import { OrgTitleBlock } from './OrgTitleBlock';
import './orgReport.css';

/**
 * An organisation design on paper: what it is, the recommended structure with its reasons,
 * each scenario's chart (vector SVG) and checks, the baseline compared with every other
 * scenario, who acts in each process stage, and the people.
 */
export function OrgSection({ doc: design, page }: ReportSectionProps<OrgDesignDoc>) {
  const area = printableArea(page);
  const checks = useMemo(() => checkDesign(design), [design]);
  const baseline = leadingScenario(design);
  const scenarios = orderedScenarios(design);
  const ordered = baseline
    ? [baseline, ...scenarios.filter((each) => each.id !== baseline.id)]
    : scenarios;
  const recommendation = recommendStructure(design);
  return (
    <>
      <OrgTitleBlock design={design} />
      <section className="print-block" aria-label="Recommended structure">
        <h3>
          Recommended:{' '}
          {recommendation.structure === 'matrix' ? 'a matrix organisation' : 'a flat team'}
        </h3>
        <ul className="print-org-reasons">
          {recommendation.reasons.map((reason) => (
            <li key={reason.text}>
              {reason.decisive ? '✓ ' : ''}
              {reason.text}. <span className="report-note">{reason.source}</span>
            </li>
          ))}
        </ul>
      </section>
      {ordered.map((scenario) => (
        <ScenarioPart
          key={scenario.id}
          design={design}
          scenario={scenario}
          checks={checks[scenario.id] ?? []}
          baseline={scenario.id === design.baselineScenarioId}
          page={area}
        />
      ))}
      {baseline &&
        ordered.slice(1).map((other) => (
          <section
            key={other.id}
            className="print-org-comparison"
            aria-label={`${baseline.name} compared with ${other.name}`}
          >
            <h3>
              “{baseline.name}” compared with “{other.name}”
            </h3>
            <ComparisonTables
              comparison={compareScenarios(design, baseline.id, other.id)}
              currency={design.currency}
              level={4}
              print
            />
          </section>
        ))}
      {baseline && (
        <section aria-label="Responsibility">
          <h3>Who acts in each process stage — “{baseline.name}”</h3>
          <ResponsibilityTable
            design={design}
            view={responsibilityView(design, baseline.id)}
            scenarioName={baseline.name}
            print
          />
        </section>
      )}
      <PeopleTable design={design} />
    </>
  );
}

function ScenarioPart(props: {
  design: OrgDesignDoc;
  scenario: Scenario;
  checks: readonly OrgCheck[];
  baseline: boolean;
  page: { width: number; height: number };
}) {
  const { design, scenario, checks } = props;
  const failing = checks.filter((check) => check.severity !== 'info');
  const notes = checks.length - failing.length;
  return (
    <section className="print-org-scenario" aria-label={`Scenario ${scenario.name}`}>
      <h3>
        Scenario “{scenario.name}” — {scenario.structure === 'matrix' ? 'matrix' : 'flat team'}
        {props.baseline ? ' (baseline)' : ''}
      </h3>
      <OrgChartFigure design={design} scenario={scenario} checks={checks} page={props.page} />
      <h4>Checks</h4>
      {failing.length === 0 ? (
        <p>✓ No errors or warnings.</p>
      ) : (
        <table className="print-table print-org-checks">
          <colgroup>
            <col style={{ width: '14%' }} />
            <col />
            <col style={{ width: '30%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Finding</th>
              <th scope="col">Rule and source</th>
            </tr>
          </thead>
          <tbody>
            {failing.map((check) => (
              <tr
                key={check.id}
                className={check.severity === 'error' ? 'report-alarm-row' : undefined}
              >
                <td>
                  {SEVERITY_WORDS[check.severity].icon} {SEVERITY_WORDS[check.severity].word}
                </td>
                <td>{check.reason}</td>
                <td>
                  {RULE_LABELS[check.rule]} — {check.source}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notes > 0 && (
        <p className="report-note">
          And {notes} {notes === 1 ? 'note' : 'notes'} worth knowing (single points of failure,
          context switching within capacity).
        </p>
      )}
    </section>
  );
}

function PeopleTable({ design }: { design: OrgDesignDoc }) {
  const people = orderedPeople(design);
  const pools = new Map(orderedPools(design).map((pool) => [pool.id, pool.name]));
  const costs = people.some((person) => person.costPerFteYear !== undefined);
  return (
    <section aria-label="People">
      <h3>People ({people.length})</h3>
      {people.length === 0 ? (
        <p className="report-note">No people yet.</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Pool</th>
              <th scope="col">Capacity (FTE)</th>
              <th scope="col">Experience</th>
              {costs && <th scope="col">Cost per FTE-year</th>}
              <th scope="col">Location</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{(person.poolId && pools.get(person.poolId)) || '—'}</td>
                <td>{figure(person.capacity)}</td>
                <td>{person.experience.join(', ') || '—'}</td>
                {costs && (
                  <td>
                    {person.costPerFteYear === undefined
                      ? '—'
                      : money(person.costPerFteYear, design.currency)}
                  </td>
                )}
                <td>{person.location || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
