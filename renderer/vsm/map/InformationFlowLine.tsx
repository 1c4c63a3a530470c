import { memo } from 'react';
import type { JSX } from 'react';
import type { InformationFlowKind } from '../../../shared/vsm';
import { ellipsize, type InformationFlowPlacement } from '../../../shared/vsm/layout';
import { MAP_FONTS, useMapTextMeasure } from './mapText';
import { endArrowPath, lightningPath, polylinePath } from './svgPaths';

/** About two columns: a label longer than that is cut (the <title> has it in full). */
const LABEL_WIDTH = 200;

export interface InformationFlowLineProps {
  kind: InformationFlowKind;
  /** Path data: straight for a manual flow, with a lightning zig-zag for an electronic one. */
  line: string;
  arrow: string;
  label: string;
  labelX: number;
  labelY: number;
}

/** An information flow: manual is a thin straight line, electronic the lightning line. */
export const InformationFlowLine = memo(function InformationFlowLine(
  props: InformationFlowLineProps,
): JSX.Element {
  const { kind, line, arrow, label, labelX, labelY } = props;
  const measure = useMapTextMeasure()(MAP_FONTS.infoLabel);
  return (
    <g className={`vsm-map-info is-${kind}`} data-information-flow={kind}>
      <title>{`${kind === 'manual' ? 'Manual' : 'Electronic'} information flow${label ? `: ${label}` : ''}`}</title>
      <path className="vsm-map-info-line" d={line} />
      <path className="vsm-map-arrowhead" d={arrow} />
      {label && (
        <text className="vsm-map-info-label" x={labelX} y={labelY - 6}>
          {ellipsize(label, LABEL_WIDTH, measure)}
        </text>
      )}
    </g>
  );
});

/** All information flows; skipped as a whole while the layout is unchanged. */
export const InformationFlowLayer = memo(function InformationFlowLayer(props: {
  flows: readonly InformationFlowPlacement[];
}): JSX.Element {
  return (
    <g className="vsm-map-layer">
      {props.flows.map((flow) => (
        <InformationFlowLine
          key={flow.id}
          kind={flow.kind}
          line={
            flow.kind === 'electronic'
              ? lightningPath(flow.points, flow.labelAt)
              : polylinePath(flow.points)
          }
          arrow={endArrowPath(flow.points, 7)}
          label={flow.label}
          labelX={flow.labelAt.x}
          labelY={flow.labelAt.y}
        />
      ))}
    </g>
  );
});
