import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { JSX, KeyboardEvent, MouseEvent } from 'react';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import { MAP_GEOMETRY, type StepPlacement } from '../../../shared/vsm/layout';
import { HandoffLayer } from './HandoffArrow';
import { InformationFlowLayer } from './InformationFlowLine';
import { InventoryLayer } from './InventoryTriangle';
import { KaizenLayer } from './KaizenBurst';
import { LeadTimeLadder } from './LeadTimeLadder';
import { isInDetail, nextDetailRegion, type DetailRegion, type MapView } from './detailRegion';
import { handleMapKey } from './mapKeyboard';
import { MapTextContext, useFontMeasure } from './mapText';
import { MapLegend } from './MapLegend';
import { MapToolbar } from './MapToolbar';
import { PartyIcon } from './PartyIcon';
import { ProcessBox, type RemoteMark } from './ProcessBox';
import { ReworkLayer } from './ReworkLoopArrow';
import { useMapLayout } from './useMapLayout';
import { useMapZoom } from './useMapZoom';
import { useStepDrag } from './useStepDrag';
import { visualControls } from './visualControls';
import './mapCanvas.css';

export interface MapCanvasProps {
  map: ValueStreamMapDoc;
  /** computeMetrics(map), computed once by the editor. */
  metrics: VsmMetricsResult;
  selectedStepId: string | null;
  /** Other people's selections (presence), drawn as coloured outlines. */
  remoteSelections?: { stepId: string; color: string; name: string }[];
  onSelectStep: (stepId: string | null) => void;
  /** Double-click or Enter on a step: the editor focuses its inspector. */
  onOpenStep: (stepId: string) => void;
  /** Drag a step left/right by `offset` positions along the flow (editor calls moveStep). */
  onMoveStep: (stepId: string, offset: number) => void;
  /** Click on a kaizen burst. */
  onOpenKaizen?: (kaizenId: string) => void;
}

/**
 * The value stream map as one SVG: supplier and customer, information flows, process and data
 * boxes, inventory triangles, handoffs, rework loops, kaizen bursts and the lead-time ladder,
 * panned and zoomed together (and printed together). Layers that depend only on the layout
 * are skipped whole while it is unchanged; the rest are memoized per item on plain props and
 * step identity, so after an edit React re-renders only what changed.
 */
export function MapCanvas(props: MapCanvasProps): JSX.Element {
  const { map, metrics, selectedStepId, remoteSelections } = props;
  const { onSelectStep, onOpenStep, onMoveStep, onOpenKaizen } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const viewportRef = useRef<SVGGElement>(null);
  const indicatorRef = useRef<SVGLineElement>(null);
  const ladderRef = useRef<SVGGElement>(null);
  const dragLayerRef = useRef<SVGSVGElement>(null);

  const layout = useMapLayout(map, metrics);
  // Starts as an overview: the first fit tells the scale, and text follows where readable.
  const [detailRegion, setDetailRegion] = useState<DetailRegion | null>(null);
  const onView = useCallback(
    (view: MapView) => setDetailRegion((current) => nextDetailRegion(current, view)),
    [],
  );
  const showsDetail = useMemo(
    () => (x: number, width: number) => isInDetail(detailRegion, x, width),
    [detailRegion],
  );
  const zoom = useMapZoom({
    svgRef,
    viewportRef,
    ladderRef,
    width: layout.width,
    height: layout.height,
    ladderTop: layout.ladder.top,
    ladderHeight: MAP_GEOMETRY.ladderHeight,
    fitKey: map.steps.length,
    onView,
  });
  // The first render draws the map empty: its opening view is measured while there is no text
  // to lay out, and the font its text is drawn in is read; the content then renders once,
  // already knowing which steps get detail and how wide their labels are.
  const [fontFamily, setFontFamily] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (svgRef.current) setFontFamily(getComputedStyle(svgRef.current).fontFamily);
  }, []);
  const measure = useFontMeasure(fontFamily);
  const drag = useStepDrag(
    layout,
    { viewport: viewportRef, dragLayer: dragLayerRef, indicator: indicatorRef },
    zoom.scale,
    onMoveStep,
  );
  const controls = visualControls(metrics, layout);

  const remoteByStep = new Map<string, RemoteMark[]>();
  for (const { stepId, color, name } of remoteSelections ?? []) {
    remoteByStep.set(stepId, [...(remoteByStep.get(stepId) ?? []), { color, name }]);
  }
  const selected = layout.steps.some((step) => step.stepId === selectedStepId)
    ? selectedStepId
    : null;
  const tabStop = selected ?? firstInFlow(layout.steps)?.stepId ?? null;

  const focusStep = (stepId: string) => {
    const placement = layout.steps.find((step) => step.stepId === stepId);
    const box = svgRef.current?.querySelector<SVGGElement>(
      `[data-step-id="${CSS.escape(stepId)}"]`,
    );
    if (!placement || !box) return;
    box.focus({ preventScroll: true });
    const { processBox, dataBox } = placement;
    zoom.reveal({ ...processBox, height: dataBox.y + dataBox.height - processBox.y });
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (drag.consumeClick()) return;
    const target = event.target as Element;
    const kaizenId = target.closest<SVGElement>('[data-kaizen-id]')?.dataset.kaizenId;
    if (kaizenId !== undefined) {
      onOpenKaizen?.(kaizenId);
      return;
    }
    onSelectStep(target.closest<SVGElement>('[data-step-id]')?.dataset.stepId ?? null);
  };
  const onDoubleClick = (event: MouseEvent<SVGSVGElement>) => {
    const stepId = (event.target as Element).closest<SVGElement>('[data-step-id]')?.dataset.stepId;
    if (stepId !== undefined) onOpenStep(stepId);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) =>
    handleMapKey(event, { layout, onSelectStep, onOpenStep, onMoveStep, onOpenKaizen, focusStep });

  const { supplier, customer } = layout;

  return (
    <div className="vsm-map">
      <svg
        ref={svgRef}
        className={detailRegion ? 'vsm-map-svg' : 'vsm-map-svg is-overview'}
        role="group"
        aria-label={`Value stream map of ${map.title}`}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
        onPointerDown={drag.onPointerDown}
        onPointerMove={drag.onPointerMove}
        onPointerUp={drag.onPointerUp}
        onPointerCancel={drag.onPointerCancel}
      >
        <MapTextContext value={measure}>
          <g ref={viewportRef} className="vsm-map-viewport">
            {fontFamily !== null && (
              <>
                <PartyIcon party="supplier" name={supplier.name} {...supplier.box} />
                <PartyIcon party="customer" name={customer.name} {...customer.box} />
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
                  showsDetail={showsDetail}
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
                        selected={step.id === selected}
                        focusable={step.id === tabStop}
                        biggestWait={step.id === controls.biggestWaitStepId}
                        worstCompleteAccurate={step.id === controls.worstCompleteAccurateStepId}
                        onCriticalPath={controls.criticalPath.has(step.id)}
                        inCycle={controls.cycle.has(step.id)}
                        remote={remoteByStep.get(step.id)}
                        detail={showsDetail(placement.processBox.x, placement.processBox.width)}
                      />
                    );
                  })}
                </g>
                <KaizenLayer kaizens={layout.kaizens} interactive={onOpenKaizen !== undefined} />
              </>
            )}
          </g>
          {/* Outside the viewport: placed by useMapZoom, under the steps or pinned to the bottom. */}
          <g ref={ladderRef} className="vsm-map-ladder-band">
            {fontFamily !== null && metrics.ok && layout.ladder.steps.length > 0 && (
              <>
                <rect
                  className="vsm-map-ladder-ground"
                  x={0}
                  y={layout.ladder.top}
                  width={layout.width}
                  height={MAP_GEOMETRY.ladderHeight}
                />
                <LeadTimeLadder
                  ladder={layout.ladder}
                  metrics={metrics}
                  steps={map.steps}
                  conventions={map.timeConventions}
                  showsDetail={showsDetail}
                />
              </>
            )}
          </g>
        </MapTextContext>
      </svg>
      {/* Overlays for dragging, so a drag never repaints the map itself. */}
      <svg className="vsm-map-overlay" aria-hidden="true">
        <g>
          <line ref={indicatorRef} className="vsm-map-drop-indicator" />
        </g>
      </svg>
      <svg ref={dragLayerRef} className="vsm-map-overlay vsm-map-drag-layer" aria-hidden="true">
        <g />
      </svg>
      <MapToolbar onZoomIn={zoom.zoomIn} onZoomOut={zoom.zoomOut} onFit={zoom.fit} />
      <MapLegend controls={controls} />
      {!metrics.ok && (
        <div className="vsm-map-banner" role="alert">
          {metrics.message}
        </div>
      )}
    </div>
  );
}

function firstInFlow(steps: readonly StepPlacement[]): StepPlacement | undefined {
  let first: StepPlacement | undefined;
  for (const step of steps) {
    if (
      !first ||
      step.column < first.column ||
      (step.column === first.column && step.row < first.row)
    ) {
      first = step;
    }
  }
  return first;
}
