import { memo } from 'react';
import type { JSX } from 'react';
import {
  displayDuration,
  formatDisplayDuration,
  formatNumber,
  stepWait,
  type Step,
  type TimeConventions,
} from '../../../shared/vsm';
import type { InventoryPlacement } from '../../../shared/vsm/layout';
import { everywhere, type DetailTest } from './detailRegion';

export interface InventoryTriangleProps {
  step: Step;
  conventions: TimeConventions;
  /** Apex of the triangle. */
  x: number;
  y: number;
  size: number;
  /** The biggest wait in the stream: a red visual control. */
  red: boolean;
  /** Draw its labels (see detailRegion). */
  detail: boolean;
}

/**
 * The lean inventory / queue triangle with an "I", labelled with the wait (in the map's display
 * unit; as entered on hover) and the queue size.
 */
export const InventoryTriangle = memo(function InventoryTriangle(
  props: InventoryTriangleProps,
): JSX.Element {
  const { step, conventions, x, y, size, red, detail } = props;
  const half = size * 0.58;
  const wait = stepWait(step, conventions);
  return (
    <g
      className={red ? 'vsm-map-inventory is-red' : 'vsm-map-inventory'}
      data-inventory-for={step.id}
      data-biggest-wait={red || undefined}
    >
      <title>{`Wait before ${step.name}, as entered: ${formatDisplayDuration(wait)}`}</title>
      <path d={`M${x} ${y}L${x + half} ${y + size}L${x - half} ${y + size}Z`} />
      {detail && (
        <>
          <text className="vsm-map-inventory-mark" x={x} y={y + size - 6}>
            I
          </text>
          <text className="vsm-map-inventory-label" x={x} y={y + size + 13}>
            {formatDisplayDuration(displayDuration(wait, conventions))}
          </text>
          {step.queueSize !== undefined && (
            <text className="vsm-map-inventory-label" x={x} y={y + size + 26}>
              {`${formatNumber(step.queueSize)} queued`}
            </text>
          )}
        </>
      )}
    </g>
  );
});

export interface InventoryLayerProps {
  inventories: readonly InventoryPlacement[];
  steps: readonly Step[];
  conventions: TimeConventions;
  biggestWaitStepId: string | null;
  /** Which part of the map gets labels; all of it unless given (see detailRegion). */
  showsDetail?: DetailTest;
}

export function InventoryLayer({
  inventories,
  steps,
  conventions,
  biggestWaitStepId,
  showsDetail = everywhere,
}: InventoryLayerProps): JSX.Element {
  return (
    <g className="vsm-map-layer">
      {inventories.map((inventory) => (
        <InventoryTriangle
          key={inventory.stepId}
          step={steps[inventory.index]!}
          conventions={conventions}
          x={inventory.top.x}
          y={inventory.top.y}
          size={inventory.size}
          red={inventory.stepId === biggestWaitStepId}
          detail={showsDetail(inventory.top.x - inventory.size, 2 * inventory.size)}
        />
      ))}
    </g>
  );
}
