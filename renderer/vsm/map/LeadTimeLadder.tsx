import { memo } from 'react';
import type { JSX } from 'react';
import {
  formatDisplayDuration,
  formatNumber,
  stepWait,
  type Step,
  type TimeConventions,
  type VsmMetrics,
} from '../../../shared/vsm';
import { MAP_GEOMETRY, type LadderLayout, type Point } from '../../../shared/vsm/layout';
import { everywhere, type DetailTest } from './detailRegion';
import { polylinePath } from './svgPaths';

export interface LeadTimeLadderProps {
  ladder: LadderLayout;
  metrics: VsmMetrics;
  /** The map's steps and conventions, for each time as entered (on hover). */
  steps: readonly Step[];
  conventions: TimeConventions;
  /** Which part of the ladder gets figures; all of it unless given (see detailRegion). */
  showsDetail?: DetailTest;
}

/**
 * The lead-time ladder under the map: for each critical-path step a wait rung on the upper
 * level and a process-time rung below, and the totals at the right end. Steps off the critical
 * path are not on it: their time overlaps the path's and adds nothing to the lead time.
 */
export function LeadTimeLadder({
  ladder,
  metrics,
  steps,
  conventions,
  showsDetail = everywhere,
}: LeadTimeLadderProps): JSX.Element {
  // The metrics are in the map's display unit already.
  const inUnit = (value: number) => formatDisplayDuration({ value, unit: metrics.unit });
  return (
    <g
      className="vsm-map-ladder"
      role="img"
      aria-label={`Lead-time ladder: lead time ${inUnit(metrics.leadTime)}, process time ${inUnit(metrics.processTime)}`}
    >
      <LadderWave wave={ladder.wave} />
      {ladder.steps.map((step) => {
        const figures = metrics.steps[step.index];
        const entered = steps[step.index];
        if (figures?.stepId !== step.stepId || entered?.id !== step.stepId) return null;
        return (
          <LadderRungs
            key={step.stepId}
            stepId={step.stepId}
            waitFrom={step.waitFrom}
            processFrom={step.processFrom}
            processTo={step.processTo}
            waitY={ladder.waitY}
            processY={ladder.processY}
            wait={inUnit(figures.wait)}
            processTime={inUnit(figures.processTime)}
            waitEntered={formatDisplayDuration(stepWait(entered, conventions))}
            processTimeEntered={formatDisplayDuration(entered.processTime)}
            stepName={entered.name}
            red={step.stepId === metrics.biggestWaitStepId}
            detail={showsDetail(step.waitFrom, step.processTo - step.waitFrom)}
          />
        );
      })}
      <LadderTotals
        x={ladder.totalsAt.x}
        y={ladder.totalsAt.y}
        leadTime={inUnit(metrics.leadTime)}
        processTime={inUnit(metrics.processTime)}
        activityRatio={
          metrics.activityRatio === null ? '–' : `${formatNumber(metrics.activityRatio)} %`
        }
        rework={metrics.reworkLeadTime > 0 ? inUnit(metrics.expectedLeadTime) : null}
      />
    </g>
  );
}

const LadderWave = memo(function LadderWave({ wave }: { wave: readonly Point[] }): JSX.Element {
  return <path className="vsm-map-wave" d={polylinePath(wave)} />;
});

interface LadderRungsProps {
  stepId: string;
  waitFrom: number;
  processFrom: number;
  processTo: number;
  waitY: number;
  processY: number;
  wait: string;
  processTime: string;
  /** The same times as entered, and the step's name, for hover. */
  waitEntered: string;
  processTimeEntered: string;
  stepName: string;
  /** The biggest wait of the stream: a red visual control. */
  red: boolean;
  /** Draw the figures (see detailRegion). */
  detail: boolean;
}

/** One step's two rungs: its wait on the upper level, its process time on the lower one. */
const LadderRungs = memo(function LadderRungs(props: LadderRungsProps): JSX.Element {
  const {
    stepId,
    waitFrom,
    processFrom,
    processTo,
    waitY,
    processY,
    wait,
    processTime,
    waitEntered,
    processTimeEntered,
    stepName,
    red,
    detail,
  } = props;
  return (
    <g data-step-rungs={stepId}>
      <g
        className={red ? 'vsm-map-rung is-wait is-red' : 'vsm-map-rung is-wait'}
        data-rung="wait"
        data-biggest-wait={red || undefined}
      >
        <title>{`Wait before ${stepName}, as entered: ${waitEntered}`}</title>
        <line x1={waitFrom} x2={processFrom} y1={waitY} y2={waitY} />
        {detail && (
          <text x={(waitFrom + processFrom) / 2} y={waitY - 7}>
            {wait}
          </text>
        )}
      </g>
      <g className="vsm-map-rung is-process" data-rung="process">
        <title>{`Process time of ${stepName}, as entered: ${processTimeEntered}`}</title>
        <line x1={processFrom} x2={processTo} y1={processY} y2={processY} />
        {detail && (
          <text x={(processFrom + processTo) / 2} y={processY + 16}>
            {processTime}
          </text>
        )}
      </g>
    </g>
  );
});

interface LadderTotalsProps {
  x: number;
  y: number;
  leadTime: string;
  processTime: string;
  activityRatio: string;
  /** Expected lead time with rework, when there is any. */
  rework: string | null;
}

/** The totals at the right end of the ladder: lead time, process time, activity ratio. */
const LadderTotals = memo(function LadderTotals(props: LadderTotalsProps): JSX.Element {
  const { x, y, leadTime, processTime, activityRatio, rework } = props;
  const { ladderTotalsWidth: width } = MAP_GEOMETRY;
  const rows: [key: string, label: string, value: string][] = [
    ['lead-time', 'Lead time', leadTime],
    ['process-time', 'Process time', processTime],
    ['activity-ratio', 'Activity ratio', activityRatio],
  ];
  if (rework) rows.push(['rework', 'With rework', rework]);
  return (
    <g className="vsm-map-totals">
      <rect x={x} y={y} width={width} height={12 + rows.length * 18} rx={4} />
      {rows.map(([key, label, value], i) => (
        <text key={key} data-total={key} x={x + 10} y={y + 20 + i * 18}>
          {`${label} `}
          <tspan className="vsm-map-total-value" x={x + width - 10}>
            {value}
          </tspan>
        </text>
      ))}
    </g>
  );
});
