import { describe, expect, it } from 'vitest';
import {
  MIN_READABLE_BOX_MM,
  planMapPrint,
  TILE_OVERLAP_MM,
  TILED_BOX_MM,
  type MapPrintPlan,
} from '../../../../shared/print/mapPrintPlan';
import { MAP_GEOMETRY } from '../../../../shared/vsm/layout';

/** A4 landscape's printable area (273 × 178 mm), less the section's heading on the first page. */
const FIT_AREA = { width: 273, height: 130 };
const TILE_AREA = { width: 273, height: 170 };

function tiled(plan: MapPrintPlan) {
  if (plan.kind !== 'tiled') throw new Error(`expected a tiled plan, got ${plan.kind}`);
  return plan;
}

describe('planMapPrint', () => {
  it('scales a map that stays readable onto the first page, keeping its proportions', () => {
    const plan = planMapPrint({ width: 1600, height: 700 }, FIT_AREA, TILE_AREA);
    expect(plan).toEqual({
      kind: 'fit',
      scale: 273 / 1600,
      width: 273,
      height: (273 / 1600) * 700,
    });
    expect(plan.scale * MAP_GEOMETRY.boxWidth).toBeGreaterThanOrEqual(MIN_READABLE_BOX_MM);
  });

  it('lets the page height limit the scale of a tall map', () => {
    const plan = planMapPrint({ width: 1000, height: 800 }, FIT_AREA, TILE_AREA);
    expect(plan.kind).toBe('fit');
    expect(plan.scale).toBeCloseTo(130 / 800);
  });

  it('does not blow a tiny map up beyond 60 mm process boxes', () => {
    const plan = planMapPrint({ width: 300, height: 200 }, FIT_AREA, TILE_AREA);
    expect(plan.scale * MAP_GEOMETRY.boxWidth).toBeCloseTo(60);
  });

  it('tiles a map whose boxes would print narrower than 25 mm, at 32 mm boxes', () => {
    // 273 mm / 2000 units would make a 156-unit box 21.3 mm wide.
    const plan = tiled(planMapPrint({ width: 2000, height: 700 }, FIT_AREA, TILE_AREA));
    expect(plan.scale * MAP_GEOMETRY.boxWidth).toBeCloseTo(TILED_BOX_MM);
    expect(plan.rows).toBe(1);
    expect(plan.columns).toBe(2);
    expect(plan.tiles.map(({ row, column }) => `${row}/${column}`)).toEqual(['1/1', '1/2']);
  });

  it('spreads tiles evenly: every seam overlaps by at least 12 mm and the last tile ends at the edge', () => {
    const drawing = { width: 9000, height: 1900 };
    const plan = tiled(planMapPrint(drawing, FIT_AREA, TILE_AREA));
    expect(plan.rows * plan.columns).toBe(plan.tiles.length);
    expect(plan.rows).toBeGreaterThan(1);
    for (const tile of plan.tiles) {
      const { window, overlap } = tile;
      expect(window.x + window.width).toBeLessThanOrEqual(drawing.width + 1e-9);
      expect(window.y + window.height).toBeLessThanOrEqual(drawing.height + 1e-9);
      expect(tile.width).toBeLessThanOrEqual(TILE_AREA.width + 1e-9);
      expect(tile.height).toBeLessThanOrEqual(TILE_AREA.height + 1e-9);
      for (const [edge, shared] of Object.entries(overlap)) {
        const atEdge =
          (edge === 'left' && tile.column === 1) ||
          (edge === 'right' && tile.column === plan.columns) ||
          (edge === 'top' && tile.row === 1) ||
          (edge === 'bottom' && tile.row === plan.rows);
        if (atEdge) expect(shared, `${edge} of ${tile.row}/${tile.column}`).toBe(0);
        else expect(shared * plan.scale).toBeGreaterThanOrEqual(TILE_OVERLAP_MM - 1e-9);
      }
    }
    const last = plan.tiles.at(-1)!;
    expect(last.window.x + last.window.width).toBeCloseTo(drawing.width);
    expect(last.window.y + last.window.height).toBeCloseTo(drawing.height);
  });

  it('gives neighbours the same overlap on both sides of a seam', () => {
    const plan = tiled(planMapPrint({ width: 6000, height: 600 }, FIT_AREA, TILE_AREA));
    for (const [i, tile] of plan.tiles.entries()) {
      const next = plan.tiles[i + 1];
      if (next) expect(tile.overlap.right).toBeCloseTo(next.overlap.left);
    }
  });
});
