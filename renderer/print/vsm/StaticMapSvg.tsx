import type { ReactNode } from 'react';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import type { MapLayout, Rect } from '../../../shared/vsm/layout';
import { HandoffLayer } from '../../vsm/map/HandoffArrow';
import { InformationFlowLayer } from '../../vsm/map/InformationFlowLine';
import { InventoryLayer } from '../../vsm/map/InventoryTriangle';
import { KaizenLayer } from '../../vsm/map/KaizenBurst';
import { LeadTimeLadder } from '../../vsm/map/LeadTimeLadder';
import { MapTextContext, useFontMeasure } from '../../vsm/map/mapText';
import { PartyIcon } from '../../vsm/map/PartyIcon';
import { ProcessBox } from '../../vsm/map/ProcessBox';
import { ReworkLayer } from '../../vsm/map/ReworkLoopArrow';
import { visualControls } from '../../vsm/map/visualControls';
import { REPORT_FONT_NAME } from '../reportFont';
import '../../vsm/map/mapCanvas.css';
import './staticMap.css';

/**
 * The report's Inter; where it is not loaded — an SVG or PNG exported from the editor, which
 * embeds it in the file — the screen's Inter, the same files, so labels fit as in the file.
 */
const DRAWING_FONT_FAMILY = `'${REPORT_FONT_NAME}', Inter, sans-serif`;

interface Props {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  layout: MapLayout;
  /** The part of the drawing to show (a tile), in map units; the whole map by default. */
  window?: Rect;
  /** Printed size with its CSS unit, e.g. "120mm" or "1600px". */
  width: string;
  height: string;
  /** Drawn over the map, in map units: tile marks, the tile grid of an overview. */
  children?: ReactNode;
}

/**
 * The value stream map as a static, self-contained SVG: the editor's own drawing components
 * (so paper shows what the screen shows), without zoom, selection or drag. Used by printed
 * reports and by the SVG and PNG exports.
 */
export function StaticMapSvg({ map, metrics, layout, window, width, height, children }: Props) {
  const controls = visualControls(metrics, layout);
  const view = window ?? { x: 0, y: 0, width: layout.width, height: layout.height };
  // Labels are fitted in the font this drawing is set in.
  const measure = useFontMeasure(DRAWING_FONT_FAMILY);
  return (
    <MapTextContext value={measure}>
      <svg
        className="static-map"
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`Value stream map of ${map.title}`}
        style={{ fontFamily: DRAWING_FONT_FAMILY }}
      >
        <rect
          className="static-map-paper"
          x={view.x}
          y={view.y}
          width={view.width}
          height={view.height}
        />
        <PartyIcon party="supplier" name={layout.supplier.name} {...layout.supplier.box} />
        <PartyIcon party="customer" name={layout.customer.name} {...layout.customer.box} />
        <InformationFlowLayer flows={layout.informationFlows} />
        <HandoffLayer
          handoffs={layout.handoffs}
          emphasiseCriticalPath={controls.emphasiseCriticalPath}
        />
        <ReworkLayer loops={layout.reworkLoops} />
        <InventoryLayer
          inventories={layout.inventories}
          steps={map.steps}
          conventions={map.timeConventions}
          biggestWaitStepId={controls.biggestWaitStepId}
        />
        <g className="vsm-map-layer">
          {layout.steps.map((placement) => {
            const step = map.steps[placement.index]!;
            return (
              <ProcessBox
                key={step.id}
                step={step}
                x={placement.processBox.x}
                y={placement.processBox.y}
                conventions={map.timeConventions}
                selected={false}
                focusable={false}
                biggestWait={step.id === controls.biggestWaitStepId}
                worstCompleteAccurate={step.id === controls.worstCompleteAccurateStepId}
                inCycle={controls.cycle.has(step.id)}
                remote={undefined}
                detail
              />
            );
          })}
        </g>
        {metrics.ok && layout.ladder.steps.length > 0 && (
          <LeadTimeLadder
            ladder={layout.ladder}
            metrics={metrics}
            steps={map.steps}
            conventions={map.timeConventions}
          />
        )}
        <KaizenLayer kaizens={layout.kaizens} interactive={false} />
        {children}
      </svg>
    </MapTextContext>
  );
}
