import type { VsmMetricsResult } from '../../../shared/vsm';
import { flowFigures } from '../../../shared/vsm/displayFigures';

/** The flow metrics with the sentence behind each, the time conventions and any warnings. */
export function FlowMetrics({ metrics }: { metrics: VsmMetricsResult }) {
  if (!metrics.ok) {
    return (
      <section className="print-block" aria-label="Flow metrics">
        <h3>Flow metrics</h3>
        <p className="report-alarm">{metrics.message}</p>
      </section>
    );
  }
  return (
    <section className="print-metrics print-block" aria-label="Flow metrics">
      <h3>Flow metrics</h3>
      <dl className="print-metric-list">
        {flowFigures(metrics).map((figure) => (
          <div
            key={figure.label}
            className={figure.alarm ? 'print-metric report-alarm' : 'print-metric'}
          >
            <dt>{figure.label}</dt>
            <dd className="print-metric-value">{figure.value}</dd>
            <dd className="print-metric-explanation">{figure.explanation}</dd>
          </div>
        ))}
      </dl>
      <p className="report-small">{metrics.explanation[0]}.</p>
      {metrics.warnings.map((warning) => (
        <p key={warning} className="report-small report-alarm">
          {warning}
        </p>
      ))}
    </section>
  );
}
