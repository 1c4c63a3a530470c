import type { MapTile } from '../../../shared/print/mapPrintPlan';

/** Length of a corner crop mark on paper. */
const CROP_MARK_MM = 5;

/**
 * What a tile shares with its neighbours, drawn in map units over the map: a tinted overlap
 * band with a dashed trim line at its far side (cut there and lay the next sheet's edge on
 * it), and crop marks at the corners. Strokes keep their printed width at any map scale.
 */
export function TileMarks({ tile, scale }: { tile: MapTile; scale: number }) {
  const { x, y, width, height } = tile.window;
  const { left, right, top, bottom } = tile.overlap;
  const mark = CROP_MARK_MM / scale;
  const bands = [
    left > 0 && {
      key: 'left',
      band: { x, y, width: left, height },
      trim: [x + left, y, x + left, y + height],
    },
    right > 0 && {
      key: 'right',
      band: { x: x + width - right, y, width: right, height },
      trim: [x + width - right, y, x + width - right, y + height],
    },
    top > 0 && {
      key: 'top',
      band: { x, y, width, height: top },
      trim: [x, y + top, x + width, y + top],
    },
    bottom > 0 && {
      key: 'bottom',
      band: { x, y: y + height - bottom, width, height: bottom },
      trim: [x, y + height - bottom, x + width, y + height - bottom],
    },
  ].filter((band) => band !== false);
  const corners = [
    [x, y, 1, 1],
    [x + width, y, -1, 1],
    [x, y + height, 1, -1],
    [x + width, y + height, -1, -1],
  ] as const;
  return (
    <g className="tile-marks" aria-hidden="true">
      {bands.map(({ key, band, trim }) => (
        <g key={key} data-overlap={key}>
          <rect className="tile-overlap" {...band} />
          <line
            className="tile-trim"
            x1={trim[0]}
            y1={trim[1]}
            x2={trim[2]}
            y2={trim[3]}
            strokeWidth={0.8}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      ))}
      {corners.map(([cx, cy, dx, dy]) => (
        <path
          key={`${cx},${cy}`}
          className="tile-crop"
          d={`M${cx + dx * mark} ${cy}H${cx}V${cy + dy * mark}`}
          strokeWidth={1.2}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
}
