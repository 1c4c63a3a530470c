import {
  formatDuration,
  formatNumber,
  orderedSteps,
  stepWait,
  UNIT_SYMBOLS,
  type Step,
  type ValueStreamMapDoc,
  type VsmMetricsResult,
} from '../../../shared/vsm';
import { truncateLabel } from '../../vsm/map/truncateLabel';

/** Notes can hold 10,000 characters; a table row must still fit on one page. */
const NOTES_CHARS = 420;
const DONE_CRITERIA_SHOWN = 8;

const COLUMNS: { label: string; width: number }[] = [
  { label: '#', width: 3 },
  { label: 'Step', width: 13 },
  { label: 'Team / role', width: 10 },
  { label: 'PT', width: 5.5 },
  { label: 'LT', width: 5.5 },
  { label: 'Wait', width: 5.5 },
  { label: '%C&A', width: 5 },
  { label: 'People', width: 4.5 },
  { label: 'Uptime', width: 5 },
  { label: 'Change-over', width: 6 },
  { label: 'Batch', width: 4.5 },
  { label: 'Queue', width: 4.5 },
  { label: 'Notes and definition of done', width: 28 },
];

/**
 * Every field of every step in flow order (as the editor's table), with the critical-path
 * totals. Rows never split across pages and the header repeats on each page.
 */
export function StepsTable({ map, metrics }: { map: ValueStreamMapDoc; metrics: VsmMetricsResult }) {
  const steps = orderedSteps(map);
  if (steps.length === 0) return null;
  const unit = metrics.ok ? UNIT_SYMBOLS[metrics.unit] : '';
  const people = map.steps.reduce((sum, step) => sum + step.people, 0);
  return (
    <section className="print-steps" aria-label="Steps">
      <h3>Steps</h3>
      <table className="print-table print-steps-table">
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.label} style={{ width: `${column.width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.label} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            <StepRow key={step.id} step={step} number={index + 1} map={map} metrics={metrics} />
          ))}
        </tbody>
        {metrics.ok && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Critical path totals
              </th>
              <td>{`${formatNumber(metrics.processTime)} ${unit}`}</td>
              <td>{`${formatNumber(metrics.leadTime)} ${unit}`}</td>
              <td>{`${formatNumber(metrics.totalWait)} ${unit}`}</td>
              <td>
                {metrics.rolledCompleteAndAccurate === null
                  ? '—'
                  : `${formatNumber(metrics.rolledCompleteAndAccurate)} % rolled`}
              </td>
              <td>{people}</td>
              <td colSpan={5} />
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}

function StepRow(props: { step: Step; number: number; map: ValueStreamMapDoc; metrics: VsmMetricsResult }) {
  const { step, number, map, metrics } = props;
  const alarm = metrics.ok && (metrics.biggestWaitStepId === step.id || metrics.worstCompleteAccurateStepId === step.id);
  const optional = (value: number | undefined, suffix = '') => (value === undefined ? '—' : `${formatNumber(value)}${suffix}`);
  const criteria = step.definitionOfDone;
  return (
    <tr className={alarm ? 'report-alarm-row' : undefined}>
      <td>{number}</td>
      <th scope="row">{step.name}</th>
      <td>{step.role || '—'}</td>
      <td>{formatDuration(step.processTime)}</td>
      <td>{formatDuration(step.leadTime)}</td>
      <td>{formatDuration(stepWait(step, map.timeConventions))}</td>
      <td>{`${formatNumber(step.completeAndAccurate)} %`}</td>
      <td>{formatNumber(step.people)}</td>
      <td>{optional(step.uptime, ' %')}</td>
      <td>{step.changeoverTime ? formatDuration(step.changeoverTime) : '—'}</td>
      <td>{optional(step.batchSize)}</td>
      <td>{optional(step.queueSize)}</td>
      <td className="print-notes">
        {step.notes.trim() && <p>{truncateLabel(step.notes.trim(), NOTES_CHARS)}</p>}
        {criteria.length > 0 && (
          <ul className="print-done-list">
            {criteria.slice(0, DONE_CRITERIA_SHOWN).map((criterion) => (
              <li key={criterion.id} className={criterion.done ? 'is-done' : undefined}>
                {truncateLabel(criterion.text, 120)}
              </li>
            ))}
            {criteria.length > DONE_CRITERIA_SHOWN && <li>and {criteria.length - DONE_CRITERIA_SHOWN} more</li>}
          </ul>
        )}
      </td>
    </tr>
  );
}
