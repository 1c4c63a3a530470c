import { useMemo } from 'react';
import { planMapPrint, TILE_OVERLAP_MM, type MapTile } from '../../../shared/print/mapPrintPlan';
import { printableArea, type PageSetup } from '../../../shared/print/pageSetup';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import { layoutMap } from '../../../shared/vsm/layout';
import { StaticMapSvg } from './StaticMapSvg';
import { TileGrid } from './TileGrid';
import { TileMarks } from './TileMarks';

/** Page height above the map on the section's first page: section heading and title block. */
const FIRST_PAGE_RESERVE_MM = 48;
/** Page height a tile leaves for its caption. */
const TILE_CAPTION_MM = 8;
/** Height of a tiled map's overview, which shows where each tile belongs. */
const OVERVIEW_MAX_HEIGHT_MM = 70;

interface Props {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  page: PageSetup;
}

/**
 * The map on paper: scaled onto the section's first page when its process boxes stay
 * readable there, otherwise an overview followed by tiles at a readable scale, one per page.
 */
export function MapFigure({ map, metrics, page }: Props) {
  const layout = useMemo(() => layoutMap(map, metrics), [map, metrics]);
  const area = printableArea(page);
  const plan = planMapPrint(
    layout,
    { width: area.width, height: area.height - FIRST_PAGE_RESERVE_MM },
    { width: area.width, height: area.height - TILE_CAPTION_MM },
  );
  const drawing = { map, metrics, layout };
  if (plan.kind === 'fit') {
    return (
      <figure className="print-map print-block">
        <StaticMapSvg {...drawing} width={`${plan.width}mm`} height={`${plan.height}mm`} />
      </figure>
    );
  }
  const { rows, columns, tiles, scale } = plan;
  const overviewScale = Math.min(area.width / layout.width, OVERVIEW_MAX_HEIGHT_MM / layout.height);
  return (
    <>
      <figure className="print-map print-block">
        <StaticMapSvg
          {...drawing}
          width={`${layout.width * overviewScale}mm`}
          height={`${layout.height * overviewScale}mm`}
        >
          <TileGrid tiles={tiles} />
        </StaticMapSvg>
        <figcaption>
          Too large for one page at a readable size: printed on the next {tiles.length} pages ({rows} × {columns}{' '}
          tiles, numbered row/column). Neighbouring tiles overlap by at least {TILE_OVERLAP_MM} mm; cut along the dashed
          line and lay the next tile's edge on it.
        </figcaption>
      </figure>
      {tiles.map((tile) => (
        <figure key={`${tile.row}/${tile.column}`} className="print-map-tile" data-tile={`${tile.row}/${tile.column}`}>
          <StaticMapSvg {...drawing} window={tile.window} width={`${tile.width}mm`} height={`${tile.height}mm`}>
            <TileMarks tile={tile} scale={scale} />
          </StaticMapSvg>
          <figcaption>{tileLabel(tile, rows, columns)}</figcaption>
        </figure>
      ))}
    </>
  );
}

function tileLabel(tile: MapTile, rows: number, columns: number): string {
  return `Tile ${tile.row}/${tile.column} of ${rows}×${columns}`;
}
