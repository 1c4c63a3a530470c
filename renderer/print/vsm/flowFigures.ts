import { formatNumber, UNIT_SYMBOLS, type VsmMetrics } from '../../../shared/vsm';

export interface FlowFigure {
  label: string;
  /** Formatted exactly as the editor's metrics panel shows it. */
  value: string;
  /** The line of `metrics.explanation` that shows how the figure was reached. */
  explanation: string;
  /** A red visual control: activity ratio under 15 %, rolled %C&A under 50 %. */
  alarm: boolean;
}

/**
 * The map's figures with their explanations, in the order, labels and number format of the
 * editor's metrics panel, so what the room saw on screen is what the reader sees on paper.
 */
export function flowFigures(metrics: VsmMetrics): FlowFigure[] {
  const unit = UNIT_SYMBOLS[metrics.unit];
  const time = (value: number) => `${formatNumber(value)} ${unit}`;
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
  const explain = (prefix: string) =>
    metrics.explanation.find((line) => line.startsWith(prefix)) ?? '';
  const figure = (
    label: string,
    value: string,
    explanation: string,
    alarm = false,
  ): FlowFigure => ({
    label,
    value,
    explanation,
    alarm,
  });
  const figures = [
    figure('Lead time', time(metrics.leadTime), explain('Lead time')),
    figure('Process time', time(metrics.processTime), explain('Process time')),
    figure(
      'Activity ratio',
      percent(metrics.activityRatio),
      `${explain('Activity ratio')}. Also called flow efficiency; most teams find it under 15 %.`,
      metrics.activityRatio !== null && metrics.activityRatio < 15,
    ),
    figure(
      'Rolled %C&A',
      percent(metrics.rolledCompleteAndAccurate),
      `${explain('Rolled %C&A')}. The share of work that passes every step without rework (first-pass yield).`,
      metrics.rolledCompleteAndAccurate !== null && metrics.rolledCompleteAndAccurate < 50,
    ),
    figure('Total wait', time(metrics.totalWait), explain('Total wait')),
    figure(
      'Steps / handoffs',
      `${metrics.stepCount} / ${metrics.handoffCount}`,
      'Process steps in the map, and the connections that hand work from one step to the next.',
    ),
  ];
  if (metrics.reworkLeadTime > 0) {
    figures.push(
      figure(
        'Expected lead time with rework',
        time(metrics.expectedLeadTime),
        metrics.explanation.filter((line) => /rework/i.test(line)).join(' '),
      ),
    );
  }
  if (metrics.taktTime !== null)
    figures.push(figure('Takt time', time(metrics.taktTime), explain('Takt time')));
  return figures;
}
