import {
  displayDuration,
  formatDisplayDuration,
  formatNumber,
  orderedSteps,
  stepWait,
  type Duration,
  type Step,
  type ValueStreamMapDoc,
  type VsmMetricsResult,
} from '../../../shared/vsm';
import { truncateLabel } from '../../vsm/map/truncateLabel';

/** Notes can hold 10,000 characters; a table row must still fit on one page. */
const NOTES_CHARS = 420;
const DONE_CRITERIA_SHOWN = 8;

/** Widths in % of the table; notes and the definition of done take a full-width row below. */
const COLUMNS: { label: string; width: number }[] = [
  { label: '#', width: 3.5 },
  { label: 'Step', width: 19 },
  { label: 'Team / role', width: 16 },
  { label: 'PT', width: 7 },
  { label: 'LT', width: 7 },
  { label: 'Wait', width: 7 },
  { label: '%C&A', width: 6.5 },
  { label: 'People', width: 6 },
  { label: 'Uptime', width: 6.5 },
  // A soft hyphen: in portrait the word breaks as "Change-over", not mid-syllable.
  { label: 'Change\u00adover', width: 9 },
  { label: 'Batch', width: 6 },
  { label: 'Queue', width: 6.5 },
];

/**
 * Every field of every step in flow order (as the editor's table), with the critical-path
 * totals; times in the map's display unit. A step's rows never split across pages and the header repeats on each page.
 */
export function StepsTable({
  map,
  metrics,
}: {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
}) {
  const steps = orderedSteps(map);
  if (steps.length === 0) return null;
  const total = (value: number) =>
    metrics.ok ? formatDisplayDuration({ value, unit: metrics.unit }) : '';
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
        {steps.map((step, index) => (
          <StepRows key={step.id} step={step} number={index + 1} map={map} metrics={metrics} />
        ))}
        {metrics.ok && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Critical path totals
              </th>
              <td>{total(metrics.processTime)}</td>
              <td>{total(metrics.leadTime)}</td>
              <td>{total(metrics.totalWait)}</td>
              <td>
                {metrics.rolledCompleteAndAccurate === null
                  ? '—'
                  : `${formatNumber(metrics.rolledCompleteAndAccurate)} % rolled`}
              </td>
              <td>{people}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}

/** A step's figures, and its notes and definition of done on a row of their own. */
function StepRows(props: {
  step: Step;
  number: number;
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
}) {
  const { step, number, map, metrics } = props;
  const alarm =
    metrics.ok &&
    (metrics.biggestWaitStepId === step.id || metrics.worstCompleteAccurateStepId === step.id);
  const optional = (value: number | undefined, suffix = '') =>
    value === undefined ? '—' : `${formatNumber(value)}${suffix}`;
  // Every time in the map's display unit, as the map draws it.
  const time = (duration: Duration) =>
    formatDisplayDuration(displayDuration(duration, map.timeConventions));
  const notes = step.notes.trim();
  const criteria = step.definitionOfDone;
  return (
    <tbody className={alarm ? 'print-step report-alarm-row' : 'print-step'}>
      <tr>
        <td>{number}</td>
        <th scope="row">{step.name}</th>
        <td>{step.role || '—'}</td>
        <td>{time(step.processTime)}</td>
        <td>{time(step.leadTime)}</td>
        <td>{time(stepWait(step, map.timeConventions))}</td>
        <td>{`${formatNumber(step.completeAndAccurate)} %`}</td>
        <td>{formatNumber(step.people)}</td>
        <td>{optional(step.uptime, ' %')}</td>
        <td>{step.changeoverTime ? time(step.changeoverTime) : '—'}</td>
        <td>{optional(step.batchSize)}</td>
        <td>{optional(step.queueSize)}</td>
      </tr>
      {(notes || criteria.length > 0) && (
        <tr className="print-step-notes">
          <td />
          <td colSpan={COLUMNS.length - 1}>
            {notes && <p>{truncateLabel(notes, NOTES_CHARS)}</p>}
            {criteria.length > 0 && (
              <ul className="print-done-list" aria-label="Definition of done">
                {criteria.slice(0, DONE_CRITERIA_SHOWN).map((criterion) => (
                  <li key={criterion.id} className={criterion.done ? 'is-done' : undefined}>
                    {truncateLabel(criterion.text, 120)}
                  </li>
                ))}
                {criteria.length > DONE_CRITERIA_SHOWN && (
                  <li>and {criteria.length - DONE_CRITERIA_SHOWN} more</li>
                )}
              </ul>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}
