import { formatNumber, UNIT_SYMBOLS, type ValueStreamMapDoc } from '../../../shared/vsm';
import type { ReportSectionProps } from '../ReportSection';
import { truncateLabel } from '../../vsm/map/truncateLabel';
import { flowFigures } from '../../../shared/vsm/displayFigures';
import { linkedMap } from './linkedMap';
import { mapComparison, mapMetrics } from './mapFigures';

/** Figures a summary keeps, out of the metrics panel's list. */
const KEY_FIGURES = ['Lead time', 'Process time', 'Activity ratio', 'Rolled %C&A'];

/** A map in one paragraph and its key figures, for the workshop report's summary. */
export function MapSummary({ doc: map, related }: ReportSectionProps<ValueStreamMapDoc>) {
  const metrics = mapMetrics(map);
  const linked = linkedMap(map, related);
  const open = map.kaizens.filter((kaizen) => kaizen.pdca !== 'done').length;
  const { trigger, outcome } = map.scope;
  const scope =
    trigger || outcome ? ` of the stream “${trigger || '…'}” → “${outcome || '…'}”` : '';
  return (
    <>
      <p>
        {`${map.state === 'current' ? 'Current state' : 'Future state'}${truncateLabel(scope, 420)}: `}
        {`${plural(map.steps.length, 'step')}, ${plural(map.kaizens.length, 'kaizen burst')} (${open} open).`}
        {metrics.ok && metrics.biggestWaitStepId && (
          <>
            {' '}
            The longest wait is before “
            {truncateLabel(stepName(map, metrics.biggestWaitStepId), 80)}”.
          </>
        )}
        {linked && <> {comparisonSentence(map, linked)}</>}
      </p>
      {metrics.ok ? (
        <dl className="report-key-figures">
          {flowFigures(metrics)
            .filter((figure) => KEY_FIGURES.includes(figure.label))
            .map((figure) => (
              <div key={figure.label} className={figure.alarm ? 'report-alarm' : undefined}>
                <dt>{figure.label}</dt>
                <dd>{figure.value}</dd>
              </div>
            ))}
        </dl>
      ) : (
        <p className="report-alarm">{metrics.message}</p>
      )}
    </>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function stepName(map: ValueStreamMapDoc, stepId: string): string {
  return map.steps.find((step) => step.id === stepId)?.name ?? '';
}

/** "Its future state cuts the lead time from 57.75 h to 34.5 h." (compareMaps converts units.) */
function comparisonSentence(map: ValueStreamMapDoc, linked: ValueStreamMapDoc): string {
  const { result: comparison } = mapComparison(map, linked);
  if (!comparison.ok) return '';
  const { current: before, future: after } = comparison.totals.leadTime;
  if (before === null || after === null) return '';
  // A no-break space keeps each figure with its unit on one line.
  const time = (value: number) => `${formatNumber(value)}\u00a0${UNIT_SYMBOLS[comparison.unit]}`;
  const verb = after <= before ? 'cuts' : 'raises';
  const subject = map.state === 'current' ? 'Its future state' : 'It';
  return `${subject} ${verb} the lead time from ${time(before)} to ${time(after)}.`;
}
