import { useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { dropTarget, type MapLayout, type StepPlacement } from '../../../shared/vsm/layout';

interface Drag {
  pointerId: number;
  startX: number;
  /** Screen pixels per map unit when the drag started. */
  scale: number;
  placement: StepPlacement;
  box: SVGGElement;
  /** The copy of the box that follows the pointer, once the press has become a drag. */
  ghost: SVGGElement | null;
  offset: number;
}

export interface StepDragRefs {
  /** The map's zoomed group, whose transform the overlays copy. */
  viewport: RefObject<SVGGElement | null>;
  /** An SVG over the map on its own compositor layer, holding the dragged copy. */
  dragLayer: RefObject<SVGSVGElement | null>;
  /** The drop indicator, in an SVG of its own over the map. */
  indicator: RefObject<SVGLineElement | null>;
}

export interface StepDrag {
  onPointerDown(event: ReactPointerEvent<SVGSVGElement>): void;
  onPointerMove(event: ReactPointerEvent<SVGSVGElement>): void;
  onPointerUp(event: ReactPointerEvent<SVGSVGElement>): void;
  onPointerCancel(event: ReactPointerEvent<SVGSVGElement>): void;
  /** True once for the click that ends a drag, so it does not also select. */
  consumeClick(): boolean;
}

/** Screen pixels a press may wander and still count as a click. */
const CLICK_SLOP = 4;

/**
 * Drag a process box sideways to reorder the flow. A copy of the box rides on a composited
 * layer over the map and is moved with a CSS transform, and the drop indicator sits in an
 * overlay of its own, so a drag repaints the map itself only when it starts and ends
 * (repainting a big map every frame is what drops frames). On release the offset goes to
 * `onMoveStep`.
 */
export function useStepDrag(
  layout: MapLayout,
  refs: StepDragRefs,
  scale: () => number,
  onMoveStep: (stepId: string, offset: number) => void,
): StepDrag {
  const dragRef = useRef<Drag | null>(null);
  const suppressClickRef = useRef(false);

  const lift = (drag: Drag): SVGGElement | null => {
    const group = refs.dragLayer.current?.firstElementChild;
    const indicatorGroup = refs.indicator.current?.parentElement;
    if (!(group instanceof SVGGElement) || !indicatorGroup) return null;
    const zoom = refs.viewport.current?.getAttribute('transform') ?? '';
    group.setAttribute('transform', zoom);
    indicatorGroup.setAttribute('transform', zoom);
    const ghost = drag.box.cloneNode(true) as SVGGElement;
    for (const name of ['data-step-id', 'role', 'tabindex', 'aria-label', 'aria-pressed']) {
      ghost.removeAttribute(name);
    }
    group.append(ghost);
    drag.box.classList.add('is-dragging');
    return ghost;
  };

  const showIndicator = (drag: Drag, x: number | null) => {
    const indicator = refs.indicator.current;
    if (!indicator) return;
    if (x === null) {
      indicator.classList.remove('is-visible');
      return;
    }
    const { processBox, dataBox } = drag.placement;
    indicator.setAttribute('x1', String(x));
    indicator.setAttribute('x2', String(x));
    indicator.setAttribute('y1', String(processBox.y - 14));
    indicator.setAttribute('y2', String(dataBox.y + dataBox.height + 14));
    indicator.classList.add('is-visible');
  };

  const finish = (commit: boolean) => {
    const drag = dragRef.current;
    dragRef.current = null;
    if (!drag?.ghost) return;
    drag.ghost.remove();
    drag.box.classList.remove('is-dragging');
    refs.dragLayer.current?.style.removeProperty('transform');
    showIndicator(drag, null);
    suppressClickRef.current = true;
    if (commit && drag.offset !== 0) onMoveStep(drag.placement.stepId, drag.offset);
  };

  return {
    onPointerDown(event) {
      suppressClickRef.current = false;
      if (event.button !== 0 || dragRef.current) return;
      const box = (event.target as Element).closest<SVGGElement>('[data-step-id]');
      const placement = box && layout.steps.find((step) => step.stepId === box.dataset.stepId);
      if (!box || !placement) return;
      box.setPointerCapture(event.pointerId);
      dragRef.current = {
        pointerId: event.pointerId,
        startX: event.clientX,
        scale: scale(),
        placement,
        box,
        ghost: null,
        offset: 0,
      };
    },
    onPointerMove(event) {
      const drag = dragRef.current;
      if (!drag || event.pointerId !== drag.pointerId) return;
      const screenDx = event.clientX - drag.startX;
      if (!drag.ghost) {
        if (Math.abs(screenDx) < CLICK_SLOP) return;
        drag.ghost = lift(drag);
        if (!drag.ghost) return;
      }
      refs.dragLayer.current?.style.setProperty('transform', `translateX(${screenDx}px)`);
      const target = dropTarget(drag.placement, screenDx / drag.scale, layout.columnCount);
      if (target.offset === drag.offset) return;
      drag.offset = target.offset;
      showIndicator(drag, target.indicatorX);
    },
    onPointerUp(event) {
      if (dragRef.current?.pointerId === event.pointerId) finish(true);
    },
    onPointerCancel(event) {
      if (dragRef.current?.pointerId === event.pointerId) finish(false);
    },
    consumeClick() {
      const suppress = suppressClickRef.current;
      suppressClickRef.current = false;
      return suppress;
    },
  };
}
