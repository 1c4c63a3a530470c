import { TILE_OVERLAP_MM, type MapPrintPlan } from '../../../shared/print/mapPrintPlan';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import type { MapLayout } from '../../../shared/vsm/layout';
import { StaticMapSvg } from './StaticMapSvg';
import { MapOutline } from './MapOutline';

/** Height of a tiled map's overview, which shows where each tile belongs. */
const OVERVIEW_MAX_HEIGHT_MM = 70;

interface Props {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  layout: MapLayout;
  plan: MapPrintPlan;
  /** Printable width of the page in millimetres. */
  pageWidth: number;
}

/**
 * The map on the section's first page: the whole map when it is readable there, otherwise
 * an overview with the grid of the tiles that follow ({@link MapTiles}).
 */
export function MapFigure({ map, metrics, layout, plan, pageWidth }: Props) {
  const drawing = { map, metrics, layout };
  if (plan.kind === 'fit') {
    return (
      <figure className="print-map print-block">
        <StaticMapSvg {...drawing} width={`${plan.width}mm`} height={`${plan.height}mm`} />
      </figure>
    );
  }
  const scale = Math.min(pageWidth / layout.width, OVERVIEW_MAX_HEIGHT_MM / layout.height);
  return (
    <figure className="print-map print-block">
      <MapOutline
        layout={layout}
        tiles={plan.tiles}
        width={layout.width * scale}
        height={layout.height * scale}
      />
      <figcaption>
        Overview: too large for one page at a readable size, the map follows on {plan.tiles.length}{' '}
        pages ({plan.rows} × {plan.columns} tiles, numbered row/column). Neighbouring tiles overlap
        by at least {TILE_OVERLAP_MM} mm: cut along the dashed line and lay the next tile&apos;s
        edge on it.
      </figcaption>
    </figure>
  );
}
