import {
  select,
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Rect } from '../../../shared/vsm/layout';
import { mapViewOf, type MapView } from './detailRegion';

export interface MapZoom {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole map. */
  fit(): void;
  /** Brings a box (in map units) into view: to the middle along the stream, just in vertically. */
  reveal(box: Rect): void;
  /** Current scale: screen pixels per map unit. */
  scale(): number;
}

export interface MapZoomOptions {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The group that pans and zooms. */
  viewportRef: RefObject<SVGGElement | null>;
  /** The lead-time ladder, drawn outside the viewport so it can stay on screen (below). */
  ladderRef: RefObject<SVGGElement | null>;
  /** Size of the whole drawing, in map units. */
  width: number;
  height: number;
  /** Top of the ladder and its height, in map units. */
  ladderTop: number;
  ladderHeight: number;
  /** The view is fitted again when this changes (the step count). */
  fitKey: number;
  /** Hears every pan and zoom (keep it cheap: it runs per pointer move). */
  onView?: (view: MapView) => void;
}

/**
 * The smallest text on the map is 12 units (mapCanvas.css), so from this scale on every label
 * is at least 12 CSS pixels: readable at 1280×720 on a projector.
 */
export const READABLE_SCALE = 1;
/** Opening and Fit stop here: larger text would only show fewer steps. */
const MAX_FIT_SCALE = 1.5;
const ZOOM_STEP = 1.25;
const MAX_SCALE = 4;
/** Room kept around the map when fitting, in screen pixels. */
const FIT_PADDING = 16;

/**
 * Pan and zoom with d3-zoom: wheel, pinch and drag on the background. The transform goes
 * straight onto the viewport group, outside React, so panning never re-renders the map.
 *
 * A map opens readable and as large as the canvas's height allows: whole if it fits so,
 * otherwise at the start of the stream, to be read along by panning (see docs/architecture.md,
 * "The map canvas"). The lead-time ladder pans and zooms with the steps, but sticks to the
 * canvas's bottom edge rather than leave it, so the ladder under the steps on screen is
 * always in view.
 */
export function useMapZoom(options: MapZoomOptions): MapZoom {
  const { svgRef, viewportRef, ladderRef, width, height, ladderTop, ladderHeight, fitKey } =
    options;
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  /** Whether the person has panned or zoomed since the map opened. */
  const viewChosen = useRef(false);
  const openViewRef = useRef<(again: boolean) => void>(() => undefined);
  const sizeRef = useRef({ width, height });
  const ladderRefs = useRef({ top: ladderTop, height: ladderHeight });
  const onViewRef = useRef(options.onView);
  useLayoutEffect(() => {
    onViewRef.current = options.onView;
  }, [options.onView]);

  /** Moves the ladder under the steps, or onto the canvas's bottom edge if that is higher. */
  const placeLadder = useCallback(
    (transform: ZoomTransform, canvasHeight: number) => {
      const ladder = ladderRef.current;
      if (!ladder) return;
      const { top, height: bandHeight } = ladderRefs.current;
      const underSteps = transform.y + transform.k * top;
      const y = Math.min(underSteps, canvasHeight - transform.k * bandHeight);
      ladder.setAttribute(
        'transform',
        `translate(${transform.x} ${y}) scale(${transform.k}) translate(0 ${-top})`,
      );
      ladder.classList.toggle('is-pinned', y < underSteps - 0.5);
    },
    [ladderRef],
  );

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
        // A wheel, pinch or drag (programmatic moves have no source event).
        if (event.sourceEvent) viewChosen.current = true;
        // Read the size before moving anything, so the read finds layout still clean.
        const { clientWidth, clientHeight } = svg;
        onViewRef.current?.(mapViewOf(event.transform, clientWidth));
        viewport.setAttribute('transform', event.transform.toString());
        placeLadder(event.transform, clientHeight);
      });
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    behaviourRef.current = behaviour;
    // A resized window (a projector plugged in) moves the canvas's bottom edge, where the
    // ladder may stick; a view nobody has moved yet opens again for the new size.
    let size = `${svg.clientWidth}×${svg.clientHeight}`;
    const resized = new ResizeObserver(() => {
      const now = `${svg.clientWidth}×${svg.clientHeight}`;
      if (now === size) return;
      size = now;
      if (viewChosen.current) placeLadder(zoomTransform(svg), svg.clientHeight);
      else openViewRef.current(true);
    });
    resized.observe(svg);
    return () => {
      resized.disconnect();
      selection.on('.zoom', null);
      behaviourRef.current = null;
    };
  }, [svgRef, viewportRef, placeLadder]);

  useLayoutEffect(() => {
    ladderRefs.current = { top: ladderTop, height: ladderHeight };
    const svg = svgRef.current;
    if (svg) placeLadder(zoomTransform(svg), svg.clientHeight);
  }, [svgRef, ladderTop, ladderHeight, placeLadder]);

  /** The scales that fit the map's width and height, or null before the SVG has a size. */
  const fitting = useCallback(() => {
    const svg = svgRef.current;
    if (!svg) return null;
    const { clientWidth, clientHeight } = svg;
    if (clientWidth === 0 || clientHeight === 0) return null;
    const { width: mapWidth, height: mapHeight } = sizeRef.current;
    return {
      width: (clientWidth - 2 * FIT_PADDING) / mapWidth,
      height: (clientHeight - 2 * FIT_PADDING) / mapHeight,
      clientWidth,
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

  /** Centres the map at `scale` along each axis where it fits, else shows its start. */
  const showAt = useCallback(
    (scale: number, fit: { clientWidth: number; clientHeight: number }) => {
      const { width: mapWidth, height: mapHeight } = sizeRef.current;
      const offset = (room: number, size: number) =>
        size * scale <= room - 2 * FIT_PADDING ? (room - size * scale) / 2 : FIT_PADDING;
      show(offset(fit.clientWidth, mapWidth), offset(fit.clientHeight, mapHeight), scale);
    },
    [show],
  );

  const fit = useCallback(() => {
    const scales = fitting();
    if (scales) showAt(Math.min(scales.width, scales.height, MAX_FIT_SCALE), scales);
  }, [fitting, showAt]);

  useLayoutEffect(() => {
    sizeRef.current = { width, height };
  }, [width, height]);

  // A map that fits at a readable scale is shown whole, and again whenever its step count
  // (`fitKey`) changes. A longer one opens at its start, readable, as tall as the canvas
  // allows, and keeps its view as it grows; Fit shows it whole.
  const opened = useRef(false);
  const openView = useCallback(
    (again = false) => {
      const scales = fitting();
      if (!scales) return;
      const whole = Math.min(scales.width, scales.height, MAX_FIT_SCALE);
      if (whole >= READABLE_SCALE) showAt(whole, scales);
      else if (again || !opened.current) {
        showAt(Math.min(Math.max(scales.height, READABLE_SCALE), MAX_FIT_SCALE), scales);
      }
      opened.current = true;
    },
    [fitting, showAt],
  );
  useLayoutEffect(() => {
    openViewRef.current = openView;
  }, [openView]);
  useLayoutEffect(() => openView(), [openView, fitKey]);

  return {
    zoomIn: useCallback(() => {
      viewChosen.current = true;
      scaleBy(svgRef.current, behaviourRef.current, ZOOM_STEP);
    }, [svgRef]),
    zoomOut: useCallback(() => {
      viewChosen.current = true;
      scaleBy(svgRef.current, behaviourRef.current, 1 / ZOOM_STEP);
    }, [svgRef]),
    fit: useCallback(() => {
      viewChosen.current = true;
      fit();
    }, [fit]),
    reveal: useCallback(
      (box: Rect) => {
        viewChosen.current = true;
        const svg = svgRef.current;
        const behaviour = behaviourRef.current;
        if (!svg || !behaviour) return;
        const t = zoomTransform(svg);
        // The ladder may be pinned over the canvas's bottom edge: stay clear of it.
        const visibleBottom = svg.clientHeight - t.k * ladderRefs.current.height;
        const left = t.applyX(box.x);
        const right = t.applyX(box.x + box.width);
        const top = t.applyY(box.y);
        const bottom = t.applyY(box.y + box.height);
        // Along the stream, a box out of view comes to the middle: the next steps show too.
        const dx =
          left < 0 || right > svg.clientWidth ? svg.clientWidth / 2 - (left + right) / 2 : 0;
        const dy =
          top < 0
            ? -top + FIT_PADDING
            : bottom > visibleBottom
              ? visibleBottom - bottom - FIT_PADDING
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
