import type { MapTile } from '../../../shared/print/mapPrintPlan';

/** Over a tiled map's overview: the outline and "row/column" of every tile, in map units. */
export function TileGrid({ tiles }: { tiles: readonly MapTile[] }) {
  return (
    <g className="tile-grid" aria-hidden="true">
      {tiles.map(({ row, column, window }) => (
        <g key={`${row}/${column}`}>
          <rect
            className="tile-grid-cell"
            {...window}
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
          <text
            className="tile-grid-label"
            x={window.x + window.width / 2}
            y={window.y + window.height / 2}
            fontSize={Math.min(window.width, window.height) / 5}
          >
            {`${row}/${column}`}
          </text>
        </g>
      ))}
    </g>
  );
}
