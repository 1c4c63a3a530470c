import { memo } from 'react';
import type { JSX } from 'react';
import {
  formatDuration,
  formatNumber,
  stepWait,
  type Step,
  type TimeConventions,
} from '../../../shared/vsm';
import { DATA_BOX_HEIGHT, MAP_GEOMETRY } from '../../../shared/vsm/layout';
import { truncateLabel } from './truncateLabel';

export interface RemoteMark {
  color: string;
  name: string;
}

export interface ProcessBoxProps {
  step: Step;
  x: number;
  y: number;
  /** The map's working day and week, for the wait; Automerge keeps it identical across edits. */
  conventions: TimeConventions;
  selected: boolean;
  /** The one step in the roving tab order. */
  focusable: boolean;
  biggestWait: boolean;
  worstCompleteAccurate: boolean;
  inCycle: boolean;
  remote: readonly RemoteMark[] | undefined;
  /** Draw names and figures; off in an overview or far off screen (see detailRegion). */
  detail: boolean;
}

const { boxWidth: W, boxHeight: H, dataRowHeight } = MAP_GEOMETRY;
const DATA_ROWS = ['PT', 'LT', 'Wait', '%C&A', 'People'] as const;

/**
 * A process box with its data box underneath. Memoized on the step object, which Automerge
 * keeps identical across changes that do not touch it, so one edit re-renders one box.
 */
export const ProcessBox = memo(function ProcessBox(props: ProcessBoxProps): JSX.Element {
  const {
    step,
    x,
    y,
    conventions,
    selected,
    focusable,
    biggestWait,
    worstCompleteAccurate,
    inCycle,
    remote,
    detail,
  } = props;
  const processTime = formatDuration(step.processTime);
  const leadTime = formatDuration(step.leadTime);
  const wait = formatDuration(stepWait(step, conventions));
  const completeAndAccurate = `${formatNumber(step.completeAndAccurate)} %`;
  const values = [processTime, leadTime, wait, completeAndAccurate, formatNumber(step.people)];
  const className = [
    'vsm-map-step',
    selected && 'is-selected',
    biggestWait && 'is-biggest-wait',
    inCycle && 'is-in-cycle',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={className}
      data-step-id={step.id}
      data-biggest-wait={biggestWait || undefined}
      data-worst-complete-accurate={worstCompleteAccurate || undefined}
      transform={`translate(${x} ${y})`}
      role="button"
      tabIndex={focusable ? 0 : -1}
      aria-pressed={selected}
      aria-label={`${step.name}: process time ${processTime}, lead time ${leadTime}, wait ${wait}, %C&A ${completeAndAccurate}`}
    >
      <title>{step.name}</title>
      <rect className="vsm-map-process" width={W} height={H} rx={3} />
      <rect className="vsm-map-data" y={H} width={W} height={DATA_BOX_HEIGHT} />
      {detail && (
        <>
          <text className="vsm-map-step-name" x={W / 2} y={24}>
            {truncateLabel(step.name, 19)}
          </text>
          <text className="vsm-map-step-role" x={W / 2} y={42}>
            {truncateLabel(step.role, 26)}
          </text>
          <DataRows
            values={values}
            biggestWait={biggestWait}
            worstCompleteAccurate={worstCompleteAccurate}
          />
        </>
      )}
      {remote?.map((mark, i) => (
        <g key={`${mark.name}-${i}`} className="vsm-map-remote">
          <rect
            x={-4 - 3 * i}
            y={-4 - 3 * i}
            width={W + 8 + 6 * i}
            height={H + 8 + 6 * i}
            rx={5}
            stroke={mark.color}
          />
          <rect
            x={i * 70}
            y={-22}
            width={Math.min(68, 12 + mark.name.length * 6.5)}
            height={16}
            rx={3}
            fill={mark.color}
          />
          <text className="vsm-map-remote-name" x={i * 70 + 6} y={-10}>
            {truncateLabel(mark.name, 9)}
          </text>
        </g>
      ))}
      <rect className="vsm-map-selection" x={-5} y={-5} width={W + 10} height={H + 10} rx={6} />
    </g>
  );
});

function DataRows(props: {
  values: readonly string[];
  biggestWait: boolean;
  worstCompleteAccurate: boolean;
}): JSX.Element {
  const { values, biggestWait, worstCompleteAccurate } = props;
  return (
    <>
      {DATA_ROWS.map((label, i) => {
        const rowY = H + 15 + i * dataRowHeight;
        const red =
          (label === 'Wait' && biggestWait) || (label === '%C&A' && worstCompleteAccurate);
        return (
          <g
            key={label}
            className={red ? 'vsm-map-data-row is-red' : 'vsm-map-data-row'}
            data-figure={label}
          >
            {red && <path className="vsm-map-red-marker" d={`M48 ${rowY - 8}l8 0l-4 8z`} />}
            <text x={8} y={rowY}>
              {label}
            </text>
            <text className="vsm-map-data-value" x={W - 8} y={rowY}>
              {values[i]}
            </text>
          </g>
        );
      })}
    </>
  );
}
