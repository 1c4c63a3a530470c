import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import { compareMaps, type ValueStreamMapDoc } from '../../shared/vsm';
import {
  changeDirection,
  comparisonTotals,
  signedChange,
  timeFormat,
  type Better,
} from '../../shared/vsm/displayFigures';
import { useDocumentHandle, useDocumentValue } from '../documents/useDocument';

/** Current and future state side by side, with the change of every figure and its kaizens. */
export function CompareView({ map, linkedUrl }: { map: ValueStreamMapDoc; linkedUrl: string }) {
  const state = useDocumentHandle<ValueStreamMapDoc>(linkedUrl as AutomergeUrl);
  if (state.status === 'loading') return <p className="muted">Loading the linked map…</p>;
  if (state.status === 'missing') return <p role="alert">The linked map is not on this device.</p>;
  return <Comparison map={map} linked={state.handle} />;
}

function Comparison({
  map,
  linked,
}: {
  map: ValueStreamMapDoc;
  linked: DocHandle<ValueStreamMapDoc>;
}) {
  const other = useDocumentValue(linked);
  const [current, future] = map.state === 'current' ? [map, other] : [other, map];
  const comparison = compareMaps(current, future);
  if (!comparison.ok) {
    return (
      <p role="alert" className="field-error">
        The {comparison.map} state cannot be compared: {comparison.message}
      </p>
    );
  }
  const time = timeFormat(comparison.unit);
  const kaizenProblem = new Map(
    comparison.kaizenEffects.map((effect) => [effect.kaizenId, effect.problem]),
  );
  return (
    <div className="compare">
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">
          {current.title} → {future.title}
        </h2>
        <table className="compare-table" aria-label="Current versus future state">
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
                <td className={deltaClass(delta.change, better)} data-delta={label}>
                  {signedChange(delta.change, formatChange)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" aria-labelledby="compare-steps-heading">
        <h2 id="compare-steps-heading">Wait per step</h2>
        <table className="compare-table" aria-label="Wait per step">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Wait now</th>
              <th scope="col">Wait future</th>
              <th scope="col">Change</th>
              <th scope="col">Kaizen</th>
            </tr>
          </thead>
          <tbody>
            {comparison.steps.map((step) => (
              <tr key={step.futureStepId}>
                <th scope="row">{step.name}</th>
                <td>{time(step.wait.current)}</td>
                <td>{time(step.wait.future)}</td>
                <td className={deltaClass(step.wait.change, 'lower')}>
                  {signedChange(step.wait.change, time)}
                </td>
                <td>{step.kaizenIds.map((id) => kaizenProblem.get(id) || 'kaizen').join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {(comparison.addedStepIds.length > 0 || comparison.removedStepIds.length > 0) && (
          <p className="muted small">
            {comparison.addedStepIds.length} step(s) added and {comparison.removedStepIds.length}{' '}
            removed in the future state.
          </p>
        )}
      </section>
      {comparison.kaizenEffects.length > 0 && (
        <section className="panel" aria-labelledby="compare-kaizen-heading">
          <h2 id="compare-kaizen-heading">What the kaizens account for</h2>
          <ul>
            {comparison.kaizenEffects.map((effect) => (
              <li key={effect.kaizenId}>
                <strong>{effect.problem || 'Untitled kaizen'}</strong>:{' '}
                {effect.changes.join('; ') || 'no change yet'}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** delta-better and delta-worse are coloured; an unchanged figure is not. */
function deltaClass(change: number | null, better: Better): string {
  return `delta delta-${changeDirection(change, better)}`;
}
