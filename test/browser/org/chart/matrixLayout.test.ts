import { describe, expect, it } from 'vitest';
import { scenarioModel } from '../../../../shared/org/scenarioModel';
import { chipLoads } from '../../../../renderer/org/chart/personLoad';
import {
  cellId,
  COLUMN_WIDTH,
  matrixLayout,
  NO_POOL_ROW,
} from '../../../../renderer/org/chart/matrixLayout';
import { design, person, place, pool, service } from '../orgTestDesign';

function layoutOf(doc: ReturnType<typeof design>) {
  const model = scenarioModel(doc, doc.scenarios.s1!);
  return matrixLayout(model, chipLoads(model));
}

function bank() {
  const doc = design();
  pool(doc, 'dev');
  pool(doc, 'ops');
  service(doc, 'portal');
  service(doc, 'payments');
  person(doc, 'anna', { poolId: 'dev' });
  person(doc, 'ben', { poolId: 'ops' });
  return doc;
}

describe('matrixLayout', () => {
  it('has a cell for every pool and service, empty ones too, in display order', () => {
    const layout = layoutOf(bank());
    expect(layout.rows.map((row) => row.id)).toEqual(['dev', 'ops']);
    expect(layout.columns.map((column) => column.service.id)).toEqual(['portal', 'payments']);
    expect(layout.cells.map((cell) => cell.id)).toEqual([
      cellId('dev', 'portal'),
      cellId('dev', 'payments'),
      cellId('ops', 'portal'),
      cellId('ops', 'payments'),
    ]);
    expect(layout.cells.every((cell) => cell.load === 'empty')).toBe(true);
    expect(layout.cells[1]!.x - layout.cells[0]!.x).toBe(COLUMN_WIDTH);
  });

  it('draws a person on two services as a chip in each of their pool’s cells', () => {
    const doc = bank();
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 50,
    });
    place(doc, {
      personId: 'anna',
      serviceId: 'payments',
      roleId: 'developmentTeam',
      allocation: 50,
    });
    const layout = layoutOf(doc);
    const chips = layout.cells.flatMap((cell) =>
      cell.chips.map((chip) => [cell.id, chip.personId, chip.allocation]),
    );
    expect(chips).toEqual([
      [cellId('dev', 'portal'), 'anna', 50],
      [cellId('dev', 'payments'), 'anna', 50],
    ]);
    expect(layout.columns.map((column) => column.total)).toEqual([50, 50]);
    expect(layout.rows[0]!.people).toBe(1);
  });

  it('marks a cell over when someone in it is over capacity, switching when Weinberg says so', () => {
    const doc = bank();
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 100,
    });
    place(doc, {
      personId: 'anna',
      serviceId: 'payments',
      roleId: 'developmentTeam',
      allocation: 30,
    });
    person(doc, 'cleo', { poolId: 'ops' });
    place(doc, { personId: 'cleo', serviceId: 'portal', roleId: 'operationTeam', allocation: 50 });
    place(doc, {
      personId: 'cleo',
      serviceId: 'payments',
      roleId: 'operationTeam',
      allocation: 40,
    });
    place(doc, { personId: 'ben', serviceId: 'payments', roleId: 'operationTeam', allocation: 20 });
    const loads = Object.fromEntries(layoutOf(doc).cells.map((cell) => [cell.id, cell.load]));
    expect(loads).toEqual({
      [cellId('dev', 'portal')]: 'over',
      [cellId('dev', 'payments')]: 'over',
      // Cleo plans 0.9 FTE on two services, where 0.8 is left after switching.
      [cellId('ops', 'portal')]: 'switching',
      [cellId('ops', 'payments')]: 'switching',
    });
  });

  it('adds a "No pool" row for people without a pool, or whose pool was deleted', () => {
    const doc = bank();
    person(doc, 'dora');
    place(doc, { personId: 'dora', serviceId: 'portal', roleId: 'serviceMaster' });
    const layout = layoutOf(doc);
    expect(layout.rows.map((row) => row.label)).toEqual(['dev', 'ops', 'No pool']);
    expect(
      layout.cells.find((cell) => cell.rowId === NO_POOL_ROW && cell.serviceId === 'portal')!
        .chips[0]!.personId,
    ).toBe('dora');
  });

  it('grows a row to its fullest cell and keeps the signature of cells an edit did not touch', () => {
    const doc = bank();
    place(doc, {
      personId: 'anna',
      serviceId: 'portal',
      roleId: 'developmentTeam',
      allocation: 50,
    });
    const before = layoutOf(doc);
    person(doc, 'eve', { poolId: 'ops' });
    place(doc, { personId: 'eve', serviceId: 'payments', roleId: 'operationTeam', allocation: 50 });
    const after = layoutOf(doc);
    const changed = after.cells
      .filter((cell, index) => cell.signature !== before.cells[index]!.signature)
      .map((cell) => cell.id);
    expect(changed).toEqual([cellId('ops', 'payments')]);
  });
});
