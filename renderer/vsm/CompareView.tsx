import type { AutomergeUrl, DocHandle } from '@automerge/automerge-repo/slim';
import {
  compareMaps,
  formatNumber,
  UNIT_SYMBOLS,
  type MetricDelta,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
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
  const unit = UNIT_SYMBOLS[comparison.unit];
  const time = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} ${unit}`);
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
  const totals: {
    label: string;
    delta: MetricDelta;
    format: (value: number | null) => string;
    better: 'lower' | 'higher';
  }[] = [
    { label: 'Lead time', delta: comparison.totals.leadTime, format: time, better: 'lower' },
    { label: 'Process time', delta: comparison.totals.processTime, format: time, better: 'lower' },
    { label: 'Total wait', delta: comparison.totals.totalWait, format: time, better: 'lower' },
    {
      label: 'Activity ratio',
      delta: comparison.totals.activityRatio,
      format: percent,
      better: 'higher',
    },
    {
      label: 'Rolled %C&A',
      delta: comparison.totals.rolledCompleteAndAccurate,
      format: percent,
      better: 'higher',
    },
  ];
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
            {totals.map(({ label, delta, format, better }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{format(delta.current)}</td>
                <td>{format(delta.future)}</td>
                <td className={deltaClass(delta.change, better)} data-delta={label}>
                  {signed(delta.change, format)}
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
                  {signed(step.wait.change, time)}
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

function signed(change: number | null, format: (value: number | null) => string): string {
  if (change === null) return '—';
  if (change === 0) return '±0';
  return `${change > 0 ? '+' : '−'}${format(Math.abs(change))}`;
}

function deltaClass(change: number | null, better: 'lower' | 'higher'): string {
  if (change === null || change === 0) return 'delta';
  const improved = better === 'lower' ? change < 0 : change > 0;
  return improved ? 'delta delta-better' : 'delta delta-worse';
}
