import type { ValueStreamMapDoc } from '../../../shared/vsm';
import {
  changeDirection,
  comparisonTotals,
  signedChange,
  timeFormat,
  type Better,
} from '../../../shared/vsm/displayFigures';
import { truncateLabel } from '../../vsm/map/truncateLabel';
import { mapComparison } from './mapFigures';

/**
 * Current against future state, from the same compareMaps the editor's Compare view uses:
 * the totals with their change, the wait per step, and what each kaizen accounts for.
 */
export function MapComparison({
  map,
  linked,
}: {
  map: ValueStreamMapDoc;
  linked: ValueStreamMapDoc;
}) {
  const { current, future, result: comparison } = mapComparison(map, linked);
  if (!comparison.ok) {
    return (
      <section className="print-block" aria-label="Current versus future state">
        <h3>Current versus future state</h3>
        <p className="report-alarm">
          The {comparison.map} state cannot be compared: {comparison.message}
        </p>
      </section>
    );
  }
  const time = timeFormat(comparison.unit);
  const problems = new Map(
    comparison.kaizenEffects.map((effect) => [effect.kaizenId, effect.problem]),
  );
  return (
    <section className="print-comparison" aria-label="Current versus future state">
      <h3>
        Current versus future state: {truncateLabel(current.title, 120)} →{' '}
        {truncateLabel(future.title, 120)}
      </h3>
      <table className="print-table print-compare-table print-block">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Current</th>
            <th scope="col">Future</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparisonTotals(comparison).map(({ label, delta, format, formatChange, better }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{format(delta.current)}</td>
              <td>{format(delta.future)}</td>
              <td className={deltaClass(delta.change, better)}>
                {signedChange(delta.change, formatChange)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table print-compare-table">
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Lead time now</th>
            <th scope="col">Lead time future</th>
            <th scope="col">Wait now</th>
            <th scope="col">Wait future</th>
            <th scope="col">Change in wait</th>
            <th scope="col">Kaizen</th>
          </tr>
        </thead>
        <tbody>
          {comparison.steps.map((step) => (
            <tr key={step.futureStepId}>
              <th scope="row">{step.name}</th>
              <td>{time(step.leadTime.current)}</td>
              <td>{time(step.leadTime.future)}</td>
              <td>{time(step.wait.current)}</td>
              <td>{time(step.wait.future)}</td>
              <td className={deltaClass(step.wait.change, 'lower')}>
                {signedChange(step.wait.change, time)}
              </td>
              <td>
                {step.kaizenIds
                  .map((id) => truncateLabel(problems.get(id) || 'kaizen', 160))
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(comparison.addedStepIds.length > 0 || comparison.removedStepIds.length > 0) && (
        <p className="report-small">
          {comparison.addedStepIds.length} step(s) added and {comparison.removedStepIds.length}{' '}
          removed in the future state.
        </p>
      )}
      {comparison.kaizenEffects.length > 0 && (
        <div className="print-block">
          <h4>What the kaizens account for</h4>
          <ul className="print-effects">
            {comparison.kaizenEffects.map((effect) => (
              <li key={effect.kaizenId}>
                <strong>{truncateLabel(effect.problem || 'Untitled kaizen', 300)}</strong>:{' '}
                {effect.changes.join('; ') || 'no change yet'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** is-better and is-worse are coloured; an unchanged figure is not. */
function deltaClass(change: number | null, better: Better): string {
  return `print-delta is-${changeDirection(change, better)}`;
}
