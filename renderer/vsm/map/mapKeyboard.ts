import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { neighbourStep, type MapDirection, type MapLayout } from '../../../shared/vsm/layout';

export interface MapKeyActions {
  layout: MapLayout;
  onSelectStep(stepId: string | null): void;
  onOpenStep(stepId: string): void;
  onMoveStep(stepId: string, offset: number): void;
  onOpenKaizen: ((kaizenId: string) => void) | undefined;
  /** Moves keyboard focus to a step's box (and scrolls it into view). */
  focusStep(stepId: string): void;
}

const DIRECTIONS: Partial<Record<string, MapDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Keyboard use of the map, on the focused process box or kaizen burst: arrows move the
 * selection along the flow (up / down between branch rows), Enter opens the step, Space
 * selects it, Escape clears the selection, Alt+Left / Alt+Right move the step in the flow.
 */
export function handleMapKey(
  event: ReactKeyboardEvent<SVGSVGElement>,
  actions: MapKeyActions,
): void {
  const target = event.target as Element;
  const kaizenId = target.closest<SVGElement>('[data-kaizen-id]')?.dataset.kaizenId;
  if (kaizenId !== undefined) {
    if ((event.key === 'Enter' || event.key === ' ') && actions.onOpenKaizen) {
      event.preventDefault();
      actions.onOpenKaizen(kaizenId);
    }
    return;
  }
  const stepId = target.closest<SVGElement>('[data-step-id]')?.dataset.stepId;
  if (stepId === undefined) return;
  const direction = DIRECTIONS[event.key];
  if (direction && event.altKey) {
    if (direction === 'left' || direction === 'right') {
      // Also keeps Alt+Left from navigating the window back, and the editor's own Move step
      // shortcut (on the window) from moving the step a second place.
      event.preventDefault();
      event.stopPropagation();
      actions.onMoveStep(stepId, direction === 'left' ? -1 : 1);
    }
    return;
  }
  if (direction) {
    event.preventDefault();
    const next = neighbourStep(actions.layout, stepId, direction);
    if (next === null) return;
    actions.onSelectStep(next);
    actions.focusStep(next);
    return;
  }
  if (event.key === 'Enter') {
    event.preventDefault();
    actions.onOpenStep(stepId);
  } else if (event.key === ' ') {
    event.preventDefault();
    actions.onSelectStep(stepId);
  } else if (event.key === 'Escape') {
    actions.onSelectStep(null);
  }
}
