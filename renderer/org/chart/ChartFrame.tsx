import {
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useChartZoom, type ChartView } from './useChartZoom';

interface Props {
  label: string;
  /** How to work the chart from the keyboard, read out with it. */
  help: string;
  width: number;
  height: number;
  /** The person selected: their chips are highlighted together, as on hover. */
  highlightPersonId: string | null;
  svgRef?: RefObject<SVGSVGElement | null>;
  onKeyDown(event: KeyboardEvent<SVGSVGElement>): void;
  onClick(event: MouseEvent<SVGSVGElement>): void;
  onFocusElement?(element: Element): void;
  /** Hears every pan and zoom: what part of the chart is on screen (keep it cheap). */
  onView?(view: ChartView): void;
  children: ReactNode;
}

/**
 * The frame both charts share: an SVG with pan and zoom, zoom buttons, keyboard help, and the
 * highlighting of one person's chips wherever they are placed (the others stay as readable) —
 * done with one style rule, so hovering re-renders no chip.
 */
export function ChartFrame(props: Props) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const ownSvg = useRef<SVGSVGElement>(null);
  const svgRef = props.svgRef ?? ownSvg;
  const viewportRef = useRef<SVGGElement>(null);
  const zoom = useChartZoom(svgRef, viewportRef, props.width, props.height, props.onView);
  const [hovered, setHovered] = useState<string | null>(null);
  const highlighted = hovered ?? props.highlightPersonId;

  const onPointerOver = (event: MouseEvent<SVGSVGElement>) => {
    const personId = (event.target as Element)
      .closest('[data-person-id]')
      ?.getAttribute('data-person-id');
    setHovered(personId ?? null);
  };
  const onFocus = (event: FocusEvent<SVGSVGElement>) => {
    const element = event.target as Element;
    zoom.reveal(element);
    props.onFocusElement?.(element);
  };

  return (
    <div className="org-chart" id={`chart-${id}`} data-highlight={highlighted ?? undefined}>
      {highlighted !== null && (
        <style>{`#chart-${id} .org-chip[data-person-id="${CSS.escape(highlighted)}"] .org-chip-box { fill: #f6f0fa; stroke: var(--org-highlight); stroke-width: 3px; }`}</style>
      )}
      <svg
        ref={svgRef}
        className="org-chart-svg"
        role="group"
        aria-label={props.label}
        aria-describedby={`chart-help-${id}`}
        onKeyDown={props.onKeyDown}
        onClick={props.onClick}
        onFocus={onFocus}
        onPointerOver={onPointerOver}
        onPointerLeave={() => setHovered(null)}
      >
        <g ref={viewportRef}>{props.children}</g>
      </svg>
      <p id={`chart-help-${id}`} className="visually-hidden">
        {props.help}
      </p>
      <div className="org-zoom" role="toolbar" aria-label="Chart zoom">
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in (Ctrl+wheel)"
          onClick={zoom.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out (Ctrl+wheel)"
          onClick={zoom.zoomOut}
        >
          −
        </button>
        <button type="button" title="Show the whole chart" onClick={zoom.fit}>
          Fit
        </button>
        <button type="button" title="Text at full size" onClick={zoom.actualSize}>
          100 %
        </button>
      </div>
    </div>
  );
}
