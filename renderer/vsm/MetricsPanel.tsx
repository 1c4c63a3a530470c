import type { VsmMetricsResult } from '../../shared/vsm';
import { flowFigures } from '../../shared/vsm/displayFigures';

/**
 * The map's figures, recomputed on every edit. Each one opens to show its formula with the
 * numbers and the time conventions used, so the coach can explain it to the room.
 */
export function MetricsPanel({ metrics }: { metrics: VsmMetricsResult }) {
  if (!metrics.ok) {
    return (
      <section className="metrics" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">Flow metrics</h2>
        <p className="field-error" role="alert">
          {metrics.message}
        </p>
      </section>
    );
  }
  return (
    <section className="metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Flow metrics</h2>
      <ul className="metric-list">
        {flowFigures(metrics).map((figure) => (
          <li key={figure.label} className={figure.alarm ? 'metric metric-alarm' : 'metric'}>
            <details>
              <summary>
                <span className="metric-label">{figure.label}</span>
                <span className="metric-value" data-metric={figure.label}>
                  {figure.value}
                </span>
              </summary>
              <p className="metric-explanation">{figure.explanation}</p>
            </details>
          </li>
        ))}
      </ul>
      <p className="metric-conventions muted small">{metrics.explanation[0]}.</p>
      {metrics.warnings.map((warning) => (
        <p key={warning} className="metric-warning small">
          {warning}
        </p>
      ))}
    </section>
  );
}
