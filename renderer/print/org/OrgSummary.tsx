import { checkScenario } from '../../../shared/org/checks/checkScenario';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { recommendStructure } from '../../../shared/org/recommendStructure';
import { leadingScenario } from '../../org/designOutline';
import type { ReportSectionProps } from '../ReportSection';

/** A design in one paragraph and its key figures, for the workshop report's summary. */
export function OrgSummary({ doc: design }: ReportSectionProps<OrgDesignDoc>) {
  const baseline = leadingScenario(design);
  const checks = baseline ? checkScenario(design, baseline.id) : [];
  const errors = checks.filter((check) => check.severity === 'error');
  const warnings = checks.filter((check) => check.severity === 'warning').length;
  const recommended = recommendStructure(design).structure;
  const scenarios = Object.keys(design.scenarios).length;
  const people = Object.keys(design.people).length;
  const services = Object.keys(design.services).length;
  const structure = (value: string) => (value === 'matrix' ? 'a matrix' : 'a flat team');
  return (
    <>
      <p>
        {baseline
          ? `The baseline “${baseline.name}” is ${structure(baseline.structure)}`
          : 'No scenario yet'}
        {` of ${people} ${people === 1 ? 'person' : 'people'} on ${services} IT ${services === 1 ? 'service' : 'services'}`}
        {scenarios > 1
          ? `, compared with ${scenarios - 1} other ${scenarios === 2 ? 'scenario' : 'scenarios'}`
          : ''}
        {`. The design’s size calls for ${structure(recommended)}.`}
        {errors.length > 0 && <> {`First to fix: ${errors[0]!.reason}.`}</>}
      </p>
      <dl className="report-key-figures">
        <div>
          <dt>People</dt>
          <dd>{people}</dd>
        </div>
        <div>
          <dt>Services</dt>
          <dd>{services}</dd>
        </div>
        <div className={errors.length > 0 ? 'report-alarm' : undefined}>
          <dt>Errors</dt>
          <dd>{errors.length}</dd>
        </div>
        <div>
          <dt>Warnings</dt>
          <dd>{warnings}</dd>
        </div>
      </dl>
    </>
  );
}
