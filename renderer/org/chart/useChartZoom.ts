import { select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';

/** The part of the chart on screen, in chart units. */
export interface ChartView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartZoom {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole chart (smaller than life if need be). */
  fit(): void;
  /** Back to 100 %, the chart's top left corner in view. */
  actualSize(): void;
  /** Pans just enough to bring an element of the chart into view. */
  reveal(element: Element): void;
}

const ZOOM_STEP = 1.25;
const PADDING = 16;

/**
 * Pan and zoom with d3-zoom, as on the value stream map: wheel, pinch and drag on the
 * background; chips keep their own drag. The transform goes onto the viewport group outside
 * React, so panning re-renders nothing. A chart opens at 100 % (text at its full size,
 * readable on a projector), its top left corner in view.
 */
export function useChartZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  onView?: (view: ChartView) => void,
): ChartZoom {
  const behaviourRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const size = useRef({ width, height });
  useLayoutEffect(() => {
    size.current = { width, height };
  }, [width, height]);
  const onViewRef = useRef(onView);
  useLayoutEffect(() => {
    onViewRef.current = onView;
  }, [onView]);
  // The frame's size, kept by a ResizeObserver: reading it from the SVG on every gesture (as
  // d3-zoom's default extent does) forces a layout of the whole chart first.
  const frame = useRef({ width: 1000, height: 700 });

  useLayoutEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (!svg || !viewport) return;
    const report = (transform: { x: number; y: number; k: number }) =>
      onViewRef.current?.({
        x: -transform.x / transform.k,
        y: -transform.y / transform.k,
        width: frame.current.width / transform.k,
        height: frame.current.height / transform.k,
      });
    const behaviour = zoom<SVGSVGElement, unknown>()
      .extent(() => [
        [0, 0],
        [frame.current.width, frame.current.height],
      ])
      .scaleExtent([0.1, 3])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
        const target = event.target as Element;
        if (target.closest('[data-drag-person]')) return false;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        viewport.setAttribute('transform', event.transform.toString());
        stick(viewport, event.transform);
        report(event.transform);
      });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      frame.current = { width: entry.contentRect.width, height: entry.contentRect.height };
      report(zoomTransform(svg));
    });
    observer.observe(svg);
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    // A plain wheel scrolls the chart, as a page would; Ctrl+wheel (and pinch) zooms.
    selection.on('wheel.pan', (event: WheelEvent) => {
      if (event.ctrlKey) return;
      event.preventDefault();
      behaviour.translateBy(selection, -event.deltaX, -event.deltaY);
    });
    behaviour.transform(selection, zoomIdentity.translate(PADDING, PADDING));
    behaviourRef.current = behaviour;
    return () => {
      observer.disconnect();
      selection.on('.zoom', null).on('wheel.pan', null);
      behaviourRef.current = null;
    };
  }, [svgRef, viewportRef]);

  // A render may add or replace sticky headers: put them at the edges the view asks for.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const viewport = viewportRef.current;
    if (svg && viewport) stick(viewport, zoomTransform(svg));
  });

  const apply = useCallback(
    (run: (behaviour: ZoomBehavior<SVGSVGElement, unknown>, svg: SVGSVGElement) => void) => {
      const svg = svgRef.current;
      const behaviour = behaviourRef.current;
      if (svg && behaviour) run(behaviour, svg);
    },
    [svgRef],
  );

  return {
    zoomIn: useCallback(
      () => apply((behaviour, svg) => behaviour.scaleBy(select(svg), ZOOM_STEP)),
      [apply],
    ),
    zoomOut: useCallback(
      () => apply((behaviour, svg) => behaviour.scaleBy(select(svg), 1 / ZOOM_STEP)),
      [apply],
    ),
    fit: useCallback(
      () =>
        apply((behaviour, svg) => {
          const { width: clientWidth, height: clientHeight } = frame.current;
          if (clientWidth === 0 || clientHeight === 0) return;
          const scale = Math.min(
            (clientWidth - 2 * PADDING) / size.current.width,
            (clientHeight - 2 * PADDING) / size.current.height,
            1,
          );
          behaviour.transform(
            select(svg),
            zoomIdentity.translate(PADDING, PADDING).scale(Math.max(0.1, scale)),
          );
        }),
      [apply],
    ),
    actualSize: useCallback(
      () =>
        apply((behaviour, svg) =>
          behaviour.transform(select(svg), zoomIdentity.translate(PADDING, PADDING)),
        ),
      [apply],
    ),
    reveal: useCallback(
      (element: Element) =>
        apply((behaviour, svg) => {
          const frame = svg.getBoundingClientRect();
          const box = element.getBoundingClientRect();
          // Sticky headers cover the frame's top and left edges: reveal below and right of them.
          const band = (edge: string) =>
            element.closest('[data-sticky]')
              ? null
              : svg.querySelector(`[data-sticky="${edge}"]`)?.getBoundingClientRect();
          const left = band('left')?.right ?? frame.left;
          const top = band('top')?.bottom ?? frame.top;
          // Too big to show whole: its top left corner, where its name is.
          const dx =
            box.left < left || box.width > frame.right - left - 2 * PADDING
              ? left - box.left + PADDING
              : box.right > frame.right
                ? frame.right - box.right - PADDING
                : 0;
          const dy =
            box.top < top || box.height > frame.bottom - top - 2 * PADDING
              ? top - box.top + PADDING
              : box.bottom > frame.bottom
                ? frame.bottom - box.bottom - PADDING
                : 0;
          if (dx === 0 && dy === 0) return;
          const { k } = zoomTransform(svg);
          behaviour.translateBy(select(svg), dx / k, dy / k);
        }),
      [apply],
    ),
  };
}

/**
 * Headers marked `data-sticky` stay at the frame's edge as the chart pans under them, as a
 * spreadsheet's frozen rows and columns: "top" (the service columns' heads) moves down, "left"
 * (the pools' heads) right, "corner" both, by what has been panned past that edge.
 */
function stick(viewport: SVGGElement, { x, y, k }: { x: number; y: number; k: number }): void {
  const dx = Math.max(0, -x / k);
  const dy = Math.max(0, -y / k);
  for (const element of viewport.querySelectorAll<SVGGElement>('[data-sticky]')) {
    const edge = element.dataset.sticky;
    element.setAttribute(
      'transform',
      `translate(${edge === 'top' ? 0 : dx},${edge === 'left' ? 0 : dy})`,
    );
  }
}
