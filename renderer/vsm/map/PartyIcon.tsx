import { memo } from 'react';
import type { JSX } from 'react';
import { factoryPath } from './svgPaths';
import { truncateLabel } from './truncateLabel';

export interface PartyIconProps {
  party: 'supplier' | 'customer';
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROOF = 20;

/** Customer or supplier: the factory icon of lean value stream maps, with its name. */
export const PartyIcon = memo(function PartyIcon(props: PartyIconProps): JSX.Element {
  const { party, name, x, y, width, height } = props;
  const caption = party === 'supplier' ? 'Supplier' : 'Customer';
  return (
    <g className="vsm-map-party" data-party={party}>
      <title>{name ? `${caption}: ${name}` : caption}</title>
      <path d={factoryPath(x, y, width, height, ROOF)} />
      <text className="vsm-map-party-caption" x={x + width / 2} y={y + ROOF + 20}>
        {caption}
      </text>
      <text className="vsm-map-party-name" x={x + width / 2} y={y + ROOF + 40}>
        {truncateLabel(name, 20)}
      </text>
    </g>
  );
});
