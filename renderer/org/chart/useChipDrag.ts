import { useEffect, useRef, type RefObject } from 'react';

export interface ChipDrop {
  personId: string;
  /** The placement dragged, or null for a person dragged in from the list of people. */
  fromKey: string | null;
  /** The `data-drop-target` of where it landed: a cell id (matrix) or a role id (flat). */
  target: string;
}

interface Options {
  /**
   * Where a person dropped over `element` lands: in the matrix their pool's cell of that
   * column, whatever the row under the pointer. Null: not a place to drop.
   */
  landing(personId: string, element: Element): Element | null;
  onDrop(drop: ChipDrop): void;
}

/** Pixels the pointer travels before a press becomes a drag (a click below that). */
const THRESHOLD = 5;

/**
 * Drag a person — a chip of the chart or an entry of the list of people — onto a cell or role
 * group. The landing place is outlined as the pointer moves and a label follows it; both are
 * plain DOM outside React, so a drag re-renders nothing until the drop.
 */
export function useChipDrag(container: RefObject<HTMLElement | null>, options: Options): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let press: {
      pointerId: number;
      x: number;
      y: number;
      personId: string;
      fromKey: string | null;
      label: string;
    } | null = null;
    let ghost: HTMLElement | null = null;
    let target: Element | null = null;

    const setTarget = (next: Element | null) => {
      if (next === target) return;
      target?.classList.remove('is-drop-target');
      next?.classList.add('is-drop-target');
      target = next;
    };
    const end = () => {
      press = null;
      ghost?.remove();
      ghost = null;
      setTarget(null);
      root.classList.remove('is-dragging');
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', end);
    };
    const onMove = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      if (!ghost) {
        if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < THRESHOLD) return;
        ghost = document.createElement('div');
        ghost.className = 'org-drag-ghost';
        ghost.setAttribute('aria-hidden', 'true');
        ghost.textContent = press.label;
        document.body.append(ghost);
        root.classList.add('is-dragging');
      }
      ghost.style.transform = `translate(${event.clientX + 12}px, ${event.clientY + 12}px)`;
      const under = document.elementFromPoint(event.clientX, event.clientY);
      const over = under?.closest('[data-drop-target]');
      setTarget(over && root.contains(over) ? latest.current.landing(press.personId, over) : null);
    };
    const onUp = (event: PointerEvent) => {
      if (!press || event.pointerId !== press.pointerId) return;
      const dragged = ghost !== null;
      const drop =
        dragged && target
          ? {
              personId: press.personId,
              fromKey: press.fromKey,
              target: target.getAttribute('data-drop-target') ?? '',
            }
          : null;
      end();
      if (dragged) {
        // The click that ends a drag is not a click on what lies under it.
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
      if (drop) latest.current.onDrop(drop);
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0 || press) return;
      const source = (event.target as Element).closest<HTMLElement | SVGElement>(
        '[data-drag-person]',
      );
      if (!source || !root.contains(source)) return;
      press = {
        pointerId: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        personId: source.getAttribute('data-drag-person') ?? '',
        fromKey: source.getAttribute('data-placement-key'),
        label: source.getAttribute('data-drag-label') ?? source.getAttribute('aria-label') ?? '',
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', end);
    };
    root.addEventListener('pointerdown', onDown);
    return () => {
      root.removeEventListener('pointerdown', onDown);
      end();
    };
  }, [container]);
}

function swallow(event: Event): void {
  event.stopPropagation();
  event.preventDefault();
}
