import { useMemo } from 'react';
import { printableArea } from '../../../shared/print/pageSetup';
import type { ValueStreamMapDoc } from '../../../shared/vsm';
import { layoutMap } from '../../../shared/vsm/layout';
import type { ReportSectionProps } from '../ReportSection';
import { FlowMetrics } from './FlowMetrics';
import { KaizenList } from './KaizenList';
import { linkedMap } from './linkedMap';
import { MapComparison } from './MapComparison';
import { MapFigure } from './MapFigure';
import { mapMetrics } from './mapFigures';
import { mapPrintPlanForPage } from './mapPrintPlanForPage';
import { MapTiles } from './MapTiles';
import { MapTitleBlock } from './MapTitleBlock';
import { StepsTable } from './StepsTable';

/**
 * A value stream map on paper: title block, the map (with its lead-time ladder), the flow
 * metrics and how they were reached, every step, every kaizen, and the comparison with the
 * linked current or future state. Figures come from the same computeMetrics as the editor.
 */
export function MapSection({ doc: map, related, page }: ReportSectionProps<ValueStreamMapDoc>) {
  const metrics = mapMetrics(map);
  const layout = useMemo(() => layoutMap(map, metrics), [map, metrics]);
  const plan = mapPrintPlanForPage(layout, page);
  const linked = linkedMap(map, related);
  const drawing = { map, metrics, layout };
  return (
    <>
      <MapTitleBlock map={map} linkedTitle={linked ? linked.title : null} />
      {map.steps.length === 0 ? (
        <p className="report-note">No steps yet.</p>
      ) : (
        <MapFigure {...drawing} plan={plan} pageWidth={printableArea(page).width} />
      )}
      {/* Metrics share the first page with a tiled map's overview; the tiles follow. */}
      <FlowMetrics metrics={metrics} />
      {map.steps.length > 0 && plan.kind === 'tiled' && <MapTiles {...drawing} plan={plan} />}
      <StepsTable map={map} metrics={metrics} />
      <KaizenList map={map} />
      {linked && <MapComparison map={map} linked={linked} />}
    </>
  );
}
