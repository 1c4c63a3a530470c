import { cropLayout } from '../../../shared/print/cropLayout';
import type { MapPrintPlan, MapTile } from '../../../shared/print/mapPrintPlan';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import type { MapLayout } from '../../../shared/vsm/layout';
import { StaticMapSvg } from './StaticMapSvg';
import { TileMarks } from './TileMarks';

interface Props {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  layout: MapLayout;
  plan: Extract<MapPrintPlan, { kind: 'tiled' }>;
}

/** A large map at a readable scale, one tile per page, with overlap and crop marks. */
export function MapTiles({ map, metrics, layout, plan }: Props) {
  return plan.tiles.map((tile) => (
    <figure key={`${tile.row}/${tile.column}`} className="print-map-tile">
      <StaticMapSvg
        map={map}
        metrics={metrics}
        layout={cropLayout(layout, tile.window)}
        window={tile.window}
        width={`${tile.width}mm`}
        height={`${tile.height}mm`}
      >
        <TileMarks tile={tile} scale={plan.scale} />
      </StaticMapSvg>
      <figcaption>{tileLabel(tile, plan.rows, plan.columns)}</figcaption>
    </figure>
  ));
}

function tileLabel(tile: MapTile, rows: number, columns: number): string {
  return `Tile ${tile.row}/${tile.column} of ${rows}×${columns}`;
}
