import { planMapPrint, type MapPrintPlan } from '../../../shared/print/mapPrintPlan';
import { printableArea, type PageSetup } from '../../../shared/print/pageSetup';
import type { MapLayout } from '../../../shared/vsm/layout';

/** Page height above the map on the section's first page: section heading and title block. */
const FIRST_PAGE_RESERVE_MM = 48;
/** Page height a tile leaves for its caption. */
const TILE_CAPTION_MM = 8;

/** Whether the map fits the section's first page readably, or tiles over whole pages. */
export function mapPrintPlanForPage(layout: MapLayout, page: PageSetup): MapPrintPlan {
  const area = printableArea(page);
  return planMapPrint(
    layout,
    { width: area.width, height: area.height - FIRST_PAGE_RESERVE_MM },
    { width: area.width, height: area.height - TILE_CAPTION_MM },
  );
}
