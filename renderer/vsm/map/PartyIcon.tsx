import { memo } from 'react';
import type { JSX } from 'react';
import { wrapLabel } from '../../../shared/vsm/layout';
import { MAP_FONTS, useMapTextMeasure } from './mapText';
import { factoryPath } from './svgPaths';

export interface PartyIconProps {
  party: 'supplier' | 'customer';
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const ROOF = 20;
/** Baseline of the caption ("SUPPLIER") under the roof. */
const CAPTION = ROOF + 16;
const NAME_LINES = 2;
const PADDING = 8;

/**
 * Customer or supplier: the factory icon of lean value stream maps, with its name on up to
 * two lines, fitted in the font it is drawn in (the <title> has it in full).
 */
export const PartyIcon = memo(function PartyIcon(props: PartyIconProps): JSX.Element {
  const { party, name, x, y, width, height } = props;
  const caption = party === 'supplier' ? 'Supplier' : 'Customer';
  const font = MAP_FONTS.partyName;
  const lines = wrapLabel(name, width - 2 * PADDING, NAME_LINES, useMapTextMeasure()(font));
  // The name's lines sit centred in the body below the caption.
  const bodyTop = CAPTION + 6;
  const firstLineTop =
    bodyTop + (height - PADDING / 2 - bodyTop - lines.length * font.lineHeight) / 2;
  return (
    <g className="vsm-map-party" data-party={party}>
      <title>{name ? `${caption}: ${name}` : caption}</title>
      <path d={factoryPath(x, y, width, height, ROOF)} />
      <text className="vsm-map-party-caption" x={x + width / 2} y={y + CAPTION}>
        {caption}
      </text>
      {lines.map((line, i) => (
        <text
          key={i}
          className="vsm-map-party-name"
          x={x + width / 2}
          y={y + firstLineTop + (i + 0.5) * font.lineHeight + font.size * 0.36}
        >
          {line}
        </text>
      ))}
    </g>
  );
});
