import { select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Rect } from '../../../shared/vsm/layout';
import { DETAIL_MIN_SCALE, mapViewOf, type MapView } from './detailRegion';

export interface MapZoom {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole map. */
  fit(): void;
  /** Pans just enough to bring a box (in map units) into view. */
  reveal(box: Rect): void;
  /** Current scale: screen pixels per map unit. */
  scale(): number;
}

const ZOOM_STEP = 1.25;
const MAX_SCALE = 4;
/** Room kept around the map when fitting, in screen pixels. */
const FIT_PADDING = 16;
/** Where a map too long to read whole opens: its start, at a comfortable reading scale. */
const OPEN_SCALE = 0.6;

/**
 * Pan and zoom with d3-zoom: wheel, pinch and drag on the background. The transform goes
 * straight onto the viewport group, outside React, so panning never re-renders the map.
 * Opens on the whole map, or on the start of a long one (see below). `onView` hears
 * every pan and zoom (keep it cheap: it runs per pointer move).
 */
export function useMapZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  fitKey: number,
  onView?: (view: MapView) => void,
): MapZoom {
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const sizeRef = useRef({ width, height });
  const onViewRef = useRef(onView);
  useLayoutEffect(() => {
    onViewRef.current = onView;
  }, [onView]);

  // A layout effect, so the behaviour exists before the first fit below.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, MAX_SCALE])
      // Steps and kaizens take their own pointer gestures (drag to reorder, click to open).
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const target = event.target as Element;
        if (target.closest('[data-step-id], [data-kaizen-id]')) return false;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Read the width before moving the viewport, so the read finds layout still clean.
        onViewRef.current?.(mapViewOf(event.transform, svg.clientWidth));
        viewport.setAttribute('transform', event.transform.toString());
      });
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    behaviourRef.current = behaviour;
    return () => {
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, viewportRef]);

  /** The scale and offset that show the whole map, or null before the SVG has a size. */
  const wholeMap = useCallback(() => {
    const svg = svgRef.current;
    if (!svg) return null;
    const { clientWidth, clientHeight } = svg;
    if (clientWidth === 0 || clientHeight === 0) return null;
    const { width: mapWidth, height: mapHeight } = sizeRef.current;
    const scale = Math.min(
      (clientWidth - 2 * FIT_PADDING) / mapWidth,
      (clientHeight - 2 * FIT_PADDING) / mapHeight,
      1,
    );
    return {
      scale,
      x: (clientWidth - mapWidth * scale) / 2,
      y: (clientHeight - mapHeight * scale) / 2,
      clientHeight,
    };
  }, [svgRef]);

  const show = useCallback(
    (x: number, y: number, scale: number) => {
      const svg = svgRef.current;
      const behaviour = behaviourRef.current;
      if (!svg || !behaviour) return;
      // A long map may need more zooming out than the default limit allows.
      behaviour.scaleExtent([Math.min(0.05, scale / 2), MAX_SCALE]);
      behaviour.transform(select(svg), zoomIdentity.translate(x, y).scale(scale));
    },
    [svgRef],
  );

  const fit = useCallback(() => {
    const whole = wholeMap();
    if (whole) show(whole.x, whole.y, whole.scale);
  }, [wholeMap, show]);

  useLayoutEffect(() => {
    sizeRef.current = { width, height };
  }, [width, height]);

  // A map that fits at a readable scale is shown whole, and again whenever its step count
  // (`fitKey`) changes. A longer one opens at its start, readable, and keeps its view as it
  // grows; Fit shows it whole.
  const opened = useRef(false);
  useLayoutEffect(() => {
    const whole = wholeMap();
    if (!whole) return;
    if (whole.scale >= DETAIL_MIN_SCALE) show(whole.x, whole.y, whole.scale);
    else if (!opened.current) {
      const scale = OPEN_SCALE;
      show(FIT_PADDING, (whole.clientHeight - sizeRef.current.height * scale) / 2, scale);
    }
    opened.current = true;
  }, [wholeMap, show, fitKey]);

  return {
    zoomIn: useCallback(() => scaleBy(svgRef.current, behaviourRef.current, ZOOM_STEP), [svgRef]),
    zoomOut: useCallback(
      () => scaleBy(svgRef.current, behaviourRef.current, 1 / ZOOM_STEP),
      [svgRef],
    ),
    fit,
    reveal: useCallback(
      (box: Rect) => {
        const svg = svgRef.current;
        const behaviour = behaviourRef.current;
        if (!svg || !behaviour) return;
        const t = zoomTransform(svg);
        const left = t.applyX(box.x);
        const right = t.applyX(box.x + box.width);
        const top = t.applyY(box.y);
        const bottom = t.applyY(box.y + box.height);
        const dx =
          left < 0
            ? -left + FIT_PADDING
            : right > svg.clientWidth
              ? svg.clientWidth - right - FIT_PADDING
              : 0;
        const dy =
          top < 0
            ? -top + FIT_PADDING
            : bottom > svg.clientHeight
              ? svg.clientHeight - bottom - FIT_PADDING
              : 0;
        if (dx !== 0 || dy !== 0) behaviour.translateBy(select(svg), dx / t.k, dy / t.k);
      },
      [svgRef],
    ),
    scale: useCallback(() => (svgRef.current ? zoomTransform(svgRef.current).k : 1), [svgRef]),
  };
}

function scaleBy(
  svg: SVGSVGElement | null,
  behaviour: ZoomBehavior<SVGSVGElement, unknown> | null,
  factor: number,
): void {
  if (svg && behaviour) behaviour.scaleBy(select(svg), factor);
}
