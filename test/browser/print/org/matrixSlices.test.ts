import { describe, expect, it } from 'vitest';
import { scenarioModel } from '../../../../shared/org/scenarioModel';
import { matrixLayout } from '../../../../renderer/org/chart/matrixLayout';
import { chipLoads } from '../../../../renderer/org/chart/personLoad';
import { matrixSlices } from '../../../../renderer/print/org/matrixSlices';
import { design, person, place, pool, service } from '../../org/orgTestDesign';

function wideMatrix(services: number, pools: number) {
  const doc = design('matrix');
  for (let p = 0; p < pools; p++) pool(doc, `pool${p}`);
  for (let s = 0; s < services; s++) service(doc, `svc${s}`);
  for (let p = 0; p < pools; p++) {
    for (let s = 0; s < services; s++) {
      const id = `p${p}s${s}`;
      person(doc, id, { poolId: `pool${p}` });
      place(doc, {
        personId: id,
        serviceId: `svc${s}`,
        roleId: 'developmentTeam',
        allocation: 100,
      });
    }
  }
  const model = scenarioModel(doc, doc.scenarios.s1!);
  return matrixLayout(model, chipLoads(model));
}

describe('matrixSlices', () => {
  it('keeps a matrix that fits a page whole', () => {
    const layout = wideMatrix(2, 2);
    const slices = matrixSlices(layout, 273, 178);
    expect(slices).toHaveLength(1);
    expect(slices[0]!.cells).toHaveLength(4);
  });

  it('cuts a wide, tall matrix into pieces that each start at the headers and hold every cell once', () => {
    const layout = wideMatrix(12, 30);
    const slices = matrixSlices(layout, 273, 178);
    expect(slices.length).toBeGreaterThan(2);
    const cells = slices.flatMap((slice) => slice.cells.map((cell) => cell.id)).sort();
    expect(cells).toEqual(layout.cells.map((cell) => cell.id).sort());
    for (const slice of slices) {
      expect(slice.columns[0]!.x).toBe(layout.columns[0]!.x);
      expect(slice.rows[0]!.y).toBe(layout.rows[0]!.y);
      for (const cell of slice.cells) {
        expect(cell.x + cell.width).toBeLessThanOrEqual(slice.width);
        for (const chip of cell.chips) expect(chip.y).toBeGreaterThanOrEqual(cell.y);
      }
    }
  });
});
