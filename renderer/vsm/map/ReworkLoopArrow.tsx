import { memo } from 'react';
import type { JSX } from 'react';
import { formatNumber } from '../../../shared/vsm';
import type { ReworkPlacement } from '../../../shared/vsm/layout';
import { arrowHeadPath } from './svgPaths';

export interface ReworkLoopArrowProps {
  curve: string;
  arrow: string;
  share: number;
  labelX: number;
  labelY: number;
}

/** A rework loop: a curved arrow back upstream, labelled with the share of items sent back. */
export const ReworkLoopArrow = memo(function ReworkLoopArrow(
  props: ReworkLoopArrowProps,
): JSX.Element {
  const { curve, arrow, share, labelX, labelY } = props;
  const label = `Rework ${formatNumber(share)} %`;
  return (
    <g className="vsm-map-rework">
      <title>{`${label} of the items go back upstream`}</title>
      <path className="vsm-map-rework-line" d={curve} />
      <path className="vsm-map-arrowhead" d={arrow} />
      <text className="vsm-map-rework-label" x={labelX} y={labelY + 4}>
        {label}
      </text>
    </g>
  );
});

/** All rework loops; skipped as a whole while the layout is unchanged. */
export const ReworkLayer = memo(function ReworkLayer(props: {
  loops: readonly ReworkPlacement[];
}): JSX.Element {
  return (
    <g className="vsm-map-layer">
      {props.loops.map(({ id, start, control1, control2, end, share, labelAt }) => (
        <ReworkLoopArrow
          key={id}
          curve={`M${start.x} ${start.y}C${control1.x} ${control1.y} ${control2.x} ${control2.y} ${end.x} ${end.y}`}
          // The curve ends going straight up into the data box.
          arrow={arrowHeadPath(end, 0, -1)}
          share={share}
          labelX={labelAt.x}
          labelY={labelAt.y}
        />
      ))}
    </g>
  );
});
