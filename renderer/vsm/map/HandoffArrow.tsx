import { memo } from 'react';
import type { JSX } from 'react';
import type { HandoffType } from '../../../shared/vsm';
import type { HandoffPlacement } from '../../../shared/vsm/layout';
import { arrowHeadPath, endArrowPath, polylinePath } from './svgPaths';

export interface HandoffArrowProps {
  handoff: HandoffType;
  /** The connector's path data and its arrowhead at the receiving box. */
  line: string;
  arrow: string;
  symbolX: number;
  symbolY: number;
  direction: 1 | -1;
  /** On the critical path of a branched map: drawn heavier. */
  critical: boolean;
}

const TITLES: Record<HandoffType, string> = {
  push: 'Push: work is pushed on when done',
  pull: 'Pull: the next step takes work when it is ready',
  fifo: 'FIFO lane: first in, first out, limited queue',
};

/** A handoff between two steps with its standard lean symbol: push, pull or FIFO lane. */
export const HandoffArrow = memo(function HandoffArrow(props: HandoffArrowProps): JSX.Element {
  const { handoff, line, arrow, symbolX, symbolY, direction, critical } = props;
  return (
    <g
      className={critical ? 'vsm-map-handoff is-critical' : 'vsm-map-handoff'}
      data-handoff={handoff}
    >
      <title>{TITLES[handoff]}</title>
      <path className="vsm-map-handoff-line" d={line} />
      <path className="vsm-map-arrowhead" d={arrow} />
      <g transform={`translate(${symbolX} ${symbolY}) scale(${direction} 1)`}>{SYMBOLS[handoff]}</g>
      {handoff === 'fifo' && (
        <text className="vsm-map-fifo-label" x={symbolX} y={symbolY + 4}>
          FIFO
        </text>
      )}
    </g>
  );
});

/** Drawn pointing right around (0, 0); mirrored for a handoff that runs backward. */
const SYMBOLS: Record<HandoffType, JSX.Element> = {
  push: (
    <g className="vsm-map-push">
      <line className="vsm-map-push-body" x1={-26} x2={12} y1={0} y2={0} />
      <line className="vsm-map-push-stripes" x1={-25} x2={11} y1={0} y2={0} />
      <path className="vsm-map-arrowhead" d={arrowHeadPath({ x: 26, y: 0 }, 1, 0, 14)} />
    </g>
  ),
  pull: (
    <g className="vsm-map-pull">
      <circle className="vsm-map-symbol-ground" r={14} />
      <path className="vsm-map-pull-arc" d="M10 0A10 10 0 1 1 0 -10" />
      <path className="vsm-map-arrowhead" d={arrowHeadPath({ x: 5, y: -10 }, 1, 0, 7)} />
    </g>
  ),
  fifo: (
    <g className="vsm-map-fifo">
      <rect className="vsm-map-symbol-ground" x={-30} y={-10} width={60} height={20} />
      <line x1={-30} x2={30} y1={-10} y2={-10} />
      <line x1={-30} x2={30} y1={10} y2={10} />
      <path className="vsm-map-arrowhead" d={arrowHeadPath({ x: 30, y: 0 }, 1, 0, 6)} />
    </g>
  ),
};

export interface HandoffLayerProps {
  handoffs: readonly HandoffPlacement[];
  /** Draw critical-path handoffs heavier (worth it only where the flow branches). */
  emphasiseCriticalPath: boolean;
}

/** All handoffs; skipped as a whole while the layout is unchanged. */
export const HandoffLayer = memo(function HandoffLayer(props: HandoffLayerProps): JSX.Element {
  const { handoffs, emphasiseCriticalPath } = props;
  return (
    <g className="vsm-map-layer">
      {handoffs.map((handoff) => (
        <HandoffArrow
          key={`${handoff.from}>${handoff.to}`}
          handoff={handoff.handoff}
          line={polylinePath(handoff.points)}
          arrow={endArrowPath(handoff.points)}
          symbolX={handoff.symbolAt.x}
          symbolY={handoff.symbolAt.y}
          direction={handoff.direction}
          critical={handoff.critical && emphasiseCriticalPath}
        />
      ))}
    </g>
  );
});
