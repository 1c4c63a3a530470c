import { COLUMN_WIDTH, MAP_GEOMETRY, columnX } from './mapGeometry';
import type { StepPlacement } from './MapLayout';

export interface DropTarget {
  /** Positions along the flow to move by: negative is upstream. */
  offset: number;
  /** Where the drop indicator stands (the gap the step lands in), or null for no move. */
  indicatorX: number | null;
}

/** Where a step dragged `dx` user units sideways would land: the nearest column, kept on the map. */
export function dropTarget(placement: StepPlacement, dx: number, columnCount: number): DropTarget {
  const wanted = Math.round(dx / COLUMN_WIDTH);
  const offset = Math.min(Math.max(wanted, -placement.column), columnCount - 1 - placement.column);
  if (offset === 0) return { offset: 0, indicatorX: null };
  const target = placement.column + offset;
  const { gap, boxWidth } = MAP_GEOMETRY;
  return {
    offset,
    indicatorX: offset < 0 ? columnX(target) - gap / 2 : columnX(target) + boxWidth + gap / 2,
  };
}
