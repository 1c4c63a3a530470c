import type { VsmMetrics } from './computeMetrics';
import type { MapComparison, MetricDelta } from './compareMaps';
import { formatDisplayNumber } from './displayDuration';
import { formatNumber, UNIT_SYMBOLS } from './timeUnits';
import type { TimeUnit } from './ValueStreamMapDoc';

/**
 * The figures as the room sees them — the editor's metrics panel and Compare view — and as the
 * reader sees them in a printed report: the same labels, order, number format and signs.
 */

export interface FlowFigure {
  label: string;
  /** "57.75 h", "35.93 %", "8 / 7". */
  value: string;
  /** The line of `metrics.explanation` that shows how the figure was reached. */
  explanation: string;
  /** A red visual control: activity ratio under 15 %, rolled %C&A under 50 %. */
  alarm: boolean;
}

/** A figure's value as text; "—" where there is none. */
export type FigureFormat = (value: number | null) => string;

/** A map's flow metrics, each with the sentence behind it. */
export function flowFigures(metrics: VsmMetrics): FlowFigure[] {
  const time = timeFormat(metrics.unit);
  const explain = (prefix: string) =>
    metrics.explanation.find((line) => line.startsWith(prefix)) ?? '';
  const figure = (label: string, value: string, explanation: string, alarm = false) => ({
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

/** Which way a figure improves. */
export type Better = 'lower' | 'higher';

export interface ComparisonTotal {
  label: string;
  delta: MetricDelta;
  /** The figure in either state. */
  format: FigureFormat;
  /** Its change: a time in the same unit, a percentage in percentage points. */
  formatChange: FigureFormat;
  better: Better;
}

/** The totals of a current-versus-future comparison, in the comparison's unit. */
export function comparisonTotals(comparison: MapComparison): ComparisonTotal[] {
  const time = timeFormat(comparison.unit);
  const { totals } = comparison;
  const timeTotal = (label: string, delta: MetricDelta): ComparisonTotal => ({
    label,
    delta,
    format: time,
    formatChange: time,
    better: 'lower',
  });
  const percentTotal = (label: string, delta: MetricDelta): ComparisonTotal => ({
    label,
    delta,
    format: percent,
    formatChange: percentagePoints,
    better: 'higher',
  });
  return [
    timeTotal('Lead time', totals.leadTime),
    timeTotal('Process time', totals.processTime),
    timeTotal('Total wait', totals.totalWait),
    percentTotal('Activity ratio', totals.activityRatio),
    percentTotal('Rolled %C&A', totals.rolledCompleteAndAccurate),
  ];
}

/** "57.75 h" in the unit's symbol. */
export function timeFormat(unit: TimeUnit): FigureFormat {
  return (value) => (value === null ? '—' : `${formatDisplayNumber(value)} ${UNIT_SYMBOLS[unit]}`);
}

function percent(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value)} %`;
}

/**
 * The difference of two percentages, "15.8 pp": percentage points, not per cent (35.93 % to
 * 51.71 % is 15.78 points, but 44 % more), to a tenth.
 */
export function percentagePoints(value: number | null): string {
  return value === null ? '—' : `${formatNumber(Math.round(value * 10) / 10)} pp`;
}

/**
 * "+2 h", "−23.25 h" (a minus sign, not a hyphen), "+15.8 pp": the sign first; "±0" for no
 * change or one too small to show in the format.
 */
export function signedChange(change: number | null, format: FigureFormat): string {
  if (change === null) return '—';
  const size = format(Math.abs(change));
  if (change === 0 || size === format(0)) return '±0';
  return `${change > 0 ? '+' : '−'}${size}`;
}

/** Whether a change improves the figure; a missing or zero change is neither. */
export function changeDirection(
  change: number | null,
  better: Better,
): 'better' | 'worse' | 'unchanged' {
  if (change === null || change === 0) return 'unchanged';
  return (better === 'lower' ? change < 0 : change > 0) ? 'better' : 'worse';
}
