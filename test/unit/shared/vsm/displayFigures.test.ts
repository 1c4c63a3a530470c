import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../../../shared/vsm/compareMaps';
import { computeMetrics, type VsmMetrics } from '../../../../shared/vsm/computeMetrics';
import { deriveFutureState } from '../../../../shared/vsm/deriveFutureState';
import {
  changeDirection,
  comparisonTotals,
  flowFigures,
  percentagePoints,
  signedChange,
  timeFormat,
} from '../../../../shared/vsm/displayFigures';
import { addReworkLoop } from '../../../../shared/vsm/flowChanges';
import { updateMapDetails } from '../../../../shared/vsm/mapChanges';
import { updateStep } from '../../../../shared/vsm/stepChanges';
import { hours, linearMap, NOW } from './vsmTestMaps';

function metricsOf(map: Parameters<typeof computeMetrics>[0]): VsmMetrics {
  const result = computeMetrics(map);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Build 2 h + 6 h waiting, approval 0.25 h + 24 h waiting, at 90 % and 40 % C&A. */
function approvalMap() {
  const map = linearMap([
    ['Build', 2, 6],
    ['Approval', 0.25, 24],
  ]);
  updateStep(map, 's1', { completeAndAccurate: 90 });
  updateStep(map, 's2', { completeAndAccurate: 40 });
  return map;
}

describe('flowFigures', () => {
  it('lists the six figures in the panel order, formatted, with the line behind each', () => {
    const figures = flowFigures(metricsOf(approvalMap()));
    expect(figures.map(({ label, value }) => [label, value])).toEqual([
      ['Lead time', '32.25 h'],
      ['Process time', '2.25 h'],
      ['Activity ratio', '6.98 %'],
      ['Rolled %C&A', '36 %'],
      ['Total wait', '30 h'],
      ['Steps / handoffs', '2 / 1'],
    ]);
    expect(figures[0]!.explanation).toMatch(/^Lead time 32\.25 h = /);
    expect(figures[2]!.explanation).toMatch(/^Activity ratio .*flow efficiency/);
  });

  it('raises the alarm under 15 % activity ratio and under 50 % rolled %C&A only', () => {
    const alarms = (map: ReturnType<typeof approvalMap>) =>
      flowFigures(metricsOf(map))
        .filter((figure) => figure.alarm)
        .map((figure) => figure.label);
    expect(alarms(approvalMap())).toEqual(['Activity ratio', 'Rolled %C&A']);
    expect(alarms(linearMap([['Build', 2, 1]]))).toEqual([]);
  });

  it('adds rework and takt time when the map has them', () => {
    const map = approvalMap();
    addReworkLoop(map, { fromStepId: 's2', toStepId: 's1', share: 20 });
    updateMapDetails(map, { demand: { quantity: 4, per: 'days' } });
    const labels = flowFigures(metricsOf(map)).map((figure) => figure.label);
    expect(labels.slice(6)).toEqual(['Expected lead time with rework', 'Takt time']);
  });
});

describe('comparison figures', () => {
  it('give the five totals with their change, sign first, and which way is better', () => {
    const current = approvalMap();
    const future = deriveFutureState(current, NOW);
    updateStep(future, future.steps[1]!.id, { leadTime: hours(4.25) });
    const comparison = compareMaps(current, future);
    if (!comparison.ok) throw new Error(comparison.message);
    const rows = comparisonTotals(comparison).map(
      ({ label, delta, format, formatChange, better }) => [
        label,
        format(delta.current),
        format(delta.future),
        signedChange(delta.change, formatChange),
        changeDirection(delta.change, better),
      ],
    );
    expect(rows).toEqual([
      ['Lead time', '32.25 h', '12.25 h', '−20 h', 'better'],
      ['Process time', '2.25 h', '2.25 h', '±0', 'unchanged'],
      ['Total wait', '30 h', '10 h', '−20 h', 'better'],
      ['Activity ratio', '6.98 %', '18.37 %', '+11.4 pp', 'better'],
      ['Rolled %C&A', '36 %', '36 %', '±0', 'unchanged'],
    ]);
  });

  it('give the change of a percentage in percentage points, to a tenth', () => {
    const current = approvalMap();
    updateStep(current, 's1', { completeAndAccurate: 80 });
    const future = deriveFutureState(current, NOW);
    updateStep(future, future.steps[0]!.id, { completeAndAccurate: 100 });
    const comparison = compareMaps(current, future);
    if (!comparison.ok) throw new Error(comparison.message);
    const rolled = comparisonTotals(comparison).find((total) => total.label === 'Rolled %C&A')!;
    expect(rolled.format(rolled.delta.future)).toBe('40 %');
    expect(signedChange(rolled.delta.change, rolled.formatChange)).toBe('+8 pp');
    expect(signedChange(15.78, percentagePoints)).toBe('+15.8 pp');
    expect(signedChange(-0.04, percentagePoints)).toBe('±0');
  });

  it('show a missing figure as a dash, and judge a rise by which way is better', () => {
    const time = timeFormat('days');
    expect(time(null)).toBe('—');
    expect(time(1.5)).toBe('1.5 d');
    expect(signedChange(null, time)).toBe('—');
    expect(signedChange(2, time)).toBe('+2 d');
    expect(changeDirection(2, 'lower')).toBe('worse');
    expect(changeDirection(2, 'higher')).toBe('better');
    expect(changeDirection(null, 'higher')).toBe('unchanged');
  });
});
