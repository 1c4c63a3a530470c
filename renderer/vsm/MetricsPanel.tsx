import { formatNumber, UNIT_SYMBOLS, type VsmMetricsResult } from '../../shared/vsm';

interface Figure {
  label: string;
  value: string;
  /** The line of `metrics.explanation` that shows how the figure was reached. */
  explanation: string | undefined;
  alarm?: boolean;
}

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
  const unit = UNIT_SYMBOLS[metrics.unit];
  const time = (value: number) => `${formatNumber(value)} ${unit}`;
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
  const explain = (prefix: string) => metrics.explanation.find((line) => line.startsWith(prefix));
  const figures: Figure[] = [
    { label: 'Lead time', value: time(metrics.leadTime), explanation: explain('Lead time') },
    {
      label: 'Process time',
      value: time(metrics.processTime),
      explanation: explain('Process time'),
    },
    {
      label: 'Activity ratio',
      value: percent(metrics.activityRatio),
      explanation: `${explain('Activity ratio') ?? ''}. Also called flow efficiency; most teams find it under 15 %.`,
      alarm: metrics.activityRatio !== null && metrics.activityRatio < 15,
    },
    {
      label: 'Rolled %C&A',
      value: percent(metrics.rolledCompleteAndAccurate),
      explanation: `${explain('Rolled %C&A') ?? ''}. The share of work that passes every step without rework (first-pass yield).`,
      alarm: metrics.rolledCompleteAndAccurate !== null && metrics.rolledCompleteAndAccurate < 50,
    },
    { label: 'Total wait', value: time(metrics.totalWait), explanation: explain('Total wait') },
    {
      label: 'Steps / handoffs',
      value: `${metrics.stepCount} / ${metrics.handoffCount}`,
      explanation:
        'Process steps in the map, and the connections that hand work from one step to the next.',
    },
  ];
  if (metrics.reworkLeadTime > 0) {
    figures.push({
      label: 'Expected lead time with rework',
      value: time(metrics.expectedLeadTime),
      explanation: metrics.explanation.filter((line) => /rework/i.test(line)).join(' '),
    });
  }
  if (metrics.taktTime !== null) {
    figures.push({
      label: 'Takt time',
      value: time(metrics.taktTime),
      explanation: explain('Takt time'),
    });
  }

  return (
    <section className="metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Flow metrics</h2>
      <ul className="metric-list">
        {figures.map((figure) => (
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
