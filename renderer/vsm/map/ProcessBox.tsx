import { memo } from 'react';
import type { JSX } from 'react';
import {
  displayDuration,
  formatDisplayDuration,
  formatNumber,
  stepWait,
  type Duration,
  type Step,
  type TimeConventions,
} from '../../../shared/vsm';
import { DATA_BOX_HEIGHT, MAP_GEOMETRY, ellipsize, wrapLabel } from '../../../shared/vsm/layout';
import { MAP_FONTS, useMapTextMeasure, type MapFont } from './mapText';

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
  /** On the critical path, where the map marks it (a branched stream). */
  onCriticalPath?: boolean;
  inCycle: boolean;
  remote: readonly RemoteMark[] | undefined;
  /** Draw names and figures; off in an overview or far off screen (see detailRegion). */
  detail: boolean;
}

const { boxWidth: W, boxHeight: H, boxPadding, dataRowHeight } = MAP_GEOMETRY;
const DATA_ROWS = ['PT', 'LT', 'Wait', '%C&A', 'People'] as const;
const TIME_NAMES: Partial<Record<(typeof DATA_ROWS)[number], string>> = {
  PT: 'Process time',
  LT: 'Lead time',
  Wait: 'Wait',
};
/** A name and its team share four lines; the name gets up to three when there is a team. */
const TEXT_LINES = 4;
const REMOTE_LABEL_WIDTH = 80;

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
    onCriticalPath,
    inCycle,
    remote,
    detail,
  } = props;
  // Shown in the map's display unit; each time as entered is on hover.
  const entered = [step.processTime, step.leadTime, stepWait(step, conventions)];
  const [processTime, leadTime, wait] = entered.map((time) =>
    formatDisplayDuration(displayDuration(time, conventions)),
  ) as [string, string, string];
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
      aria-label={[
        `${step.name}: process time ${processTime}, lead time ${leadTime}, wait ${wait}, %C&A ${completeAndAccurate}`,
        onCriticalPath && 'on the critical path',
        biggestWait && 'the longest wait in the stream',
        worstCompleteAccurate && 'the lowest %C&A in the stream',
        inCycle && 'part of a loop in the flow',
      ]
        .filter(Boolean)
        .join('; ')}
    >
      <title>{step.name}</title>
      <rect className="vsm-map-process" width={W} height={H} rx={3} />
      <rect className="vsm-map-data" y={H} width={W} height={DATA_BOX_HEIGHT} />
      {detail && (
        <>
          <StepLabel name={step.name} role={step.role} />
          <DataRows
            values={values}
            entered={entered}
            biggestWait={biggestWait}
            worstCompleteAccurate={worstCompleteAccurate}
          />
        </>
      )}
      {remote?.map((mark, i) => (
        <RemoteMarkLabel key={`${mark.name}-${i}`} mark={mark} position={i} />
      ))}
      <rect className="vsm-map-selection" x={-5} y={-5} width={W + 10} height={H + 10} rx={6} />
    </g>
  );
});

/**
 * The step's name and team, wrapped to the box in the font they are drawn in and centred in
 * it; only what still does not fit in four lines is cut (the box's <title> has it all).
 */
function StepLabel({ name, role }: { name: string; role: string }): JSX.Element {
  const measure = useMapTextMeasure();
  const width = W - 2 * boxPadding;
  const { stepName, stepRole } = MAP_FONTS;
  const nameLines = wrapLabel(
    name,
    width,
    role.trim() ? TEXT_LINES - 1 : TEXT_LINES,
    measure(stepName),
  );
  const roleLines = wrapLabel(role, width, TEXT_LINES - nameLines.length, measure(stepRole));
  const lines = [
    ...nameLines.map((text) => ({ text, font: stepName, className: 'vsm-map-step-name' })),
    ...roleLines.map((text) => ({ text, font: stepRole, className: 'vsm-map-step-role' })),
  ];
  // The box's <title> is the name; a team cut short gets its own.
  const roleCut = roleLines.at(-1)?.endsWith('…') ?? false;
  let top = (H - lines.reduce((sum, line) => sum + line.font.lineHeight, 0)) / 2;
  return (
    <>
      {lines.map((line, i) => {
        const y = baseline(top, line.font);
        top += line.font.lineHeight;
        return (
          <text key={i} className={line.className} x={W / 2} y={y}>
            {roleCut && i === lines.length - 1 && <title>{role}</title>}
            {line.text}
          </text>
        );
      })}
    </>
  );
}

/** The baseline that centres a line of `font` in its line box starting at `top`. */
function baseline(top: number, font: MapFont): number {
  // Inter's capitals are 0.73 em high: half of that below the middle of the line box.
  return top + font.lineHeight / 2 + font.size * 0.36;
}

/** Someone else's selection: an outline in their colour with their name above it. */
function RemoteMarkLabel({ mark, position: i }: { mark: RemoteMark; position: number }) {
  const measure = useMapTextMeasure()(MAP_FONTS.remoteName);
  const name = ellipsize(mark.name, REMOTE_LABEL_WIDTH - 12, measure);
  return (
    <g className="vsm-map-remote">
      <rect
        x={-4 - 3 * i}
        y={-4 - 3 * i}
        width={W + 8 + 6 * i}
        height={H + 8 + 6 * i}
        rx={5}
        stroke={mark.color}
      />
      <rect
        x={i * (REMOTE_LABEL_WIDTH + 2)}
        y={-25}
        width={12 + measure(name)}
        height={19}
        rx={3}
        fill={mark.color}
      />
      <text className="vsm-map-remote-name" x={i * (REMOTE_LABEL_WIDTH + 2) + 6} y={-11}>
        {name}
      </text>
    </g>
  );
}

function DataRows(props: {
  values: readonly string[];
  /** The times (PT, LT, wait) in the units they were entered in. */
  entered: readonly Duration[];
  biggestWait: boolean;
  worstCompleteAccurate: boolean;
}): JSX.Element {
  const { values, entered, biggestWait, worstCompleteAccurate } = props;
  const measure = useMapTextMeasure()(MAP_FONTS.dataLabel);
  // The red marker follows the widest label, so it never runs into one.
  const markerX = 8 + Math.max(...DATA_ROWS.map((label) => measure(label))) + 6;
  return (
    <>
      {DATA_ROWS.map((label, i) => {
        const rowY = H + (i + 1) * dataRowHeight;
        const red =
          (label === 'Wait' && biggestWait) || (label === '%C&A' && worstCompleteAccurate);
        return (
          <g
            key={label}
            className={red ? 'vsm-map-data-row is-red' : 'vsm-map-data-row'}
            data-figure={label}
          >
            {TIME_NAMES[label] && (
              <title>{`${TIME_NAMES[label]} as entered: ${formatDisplayDuration(entered[i]!)}`}</title>
            )}
            {red && <path className="vsm-map-red-marker" d={`M${markerX} ${rowY - 8}l8 0l-4 8z`} />}
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
