import { orderedPools, orderedServices } from '../../../shared/org/orgLookup';
import type { Pool, Service } from '../../../shared/org/OrgDesignDoc';
import type { ResolvedPlacement, ScenarioModel } from '../../../shared/org/scenarioModel';
import {
  CELL_PADDING,
  CHIP_GAP,
  FIGURES_HEIGHT,
  stackHeight,
  stackOf,
  type Box,
  type ChipBox,
} from './chartGeometry';
import { chipHeight, chipText } from './chipText';
import type { ChipLoad } from './personLoad';

export const ROW_HEADER_WIDTH = 190;
export const COLUMN_WIDTH = 210;
export const COLUMN_HEADER_HEIGHT = 66;
/** The row of people without a (living) pool, and its id. */
export const NO_POOL_ROW = '';

/** How loaded a cell is: the worst of the people in it. */
export type CellLoad = 'empty' | 'ok' | 'switching' | 'over';

export interface MatrixColumn extends Box {
  service: Service;
  index: number;
  /** Sum of the allocations on the service, in %. */
  total: number;
  people: number;
}

export interface MatrixRow extends Box {
  /** The pool's id, or {@link NO_POOL_ROW}. */
  id: string;
  pool: Pool | null;
  label: string;
  index: number;
  total: number;
  people: number;
}

export interface MatrixCell extends Box {
  /** `${rowId}|${serviceId}`. */
  id: string;
  rowId: string;
  serviceId: string;
  row: number;
  column: number;
  chips: ChipBox[];
  total: number;
  load: CellLoad;
  /** Changes whenever anything drawn in the cell does, so unchanged cells skip rendering. */
  signature: string;
}

export interface MatrixLayout {
  width: number;
  height: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Row by row, column by column. */
  cells: MatrixCell[];
}

/** The cell a person's placement on a service sits in: their pool's row, the service's column. */
export function cellId(rowId: string, serviceId: string): string {
  return `${rowId}|${serviceId}`;
}

/** The row a person sits in: their pool's, or the no-pool row. */
export function rowOf(model: ScenarioModel, poolId: string | undefined): string {
  return poolId !== undefined && Object.hasOwn(model.design.pools, poolId) ? poolId : NO_POOL_ROW;
}

/**
 * The matrix of a scenario: functional pools as rows (and a "No pool" row when someone needs
 * it), services as columns, each placement a chip in the cell of its person's pool and its
 * service. Rows grow to their fullest cell. Pure: the chart, the printed report and the
 * benchmark draw from it.
 */
export function matrixLayout(
  model: ScenarioModel,
  loads: ReadonlyMap<string, ChipLoad>,
): MatrixLayout {
  const services = orderedServices(model.design);
  const pools = orderedPools(model.design);
  const byCell = new Map<string, ResolvedPlacement[]>();
  let homeless = false;
  for (const placement of model.placements) {
    if (!placement.service) continue;
    const rowId = rowOf(model, placement.person.poolId);
    if (rowId === NO_POOL_ROW) homeless = true;
    const id = cellId(rowId, placement.service.id);
    const list = byCell.get(id);
    if (list) list.push(placement);
    else byCell.set(id, [placement]);
  }
  for (const list of byCell.values()) list.sort(byRoleThenName);

  const rowSources: { id: string; pool: Pool | null; label: string }[] = pools.map((pool) => ({
    id: pool.id,
    pool,
    label: pool.name,
  }));
  if (homeless || pools.length === 0) {
    rowSources.push({ id: NO_POOL_ROW, pool: null, label: 'No pool' });
  }

  const columns: MatrixColumn[] = services.map((service, index) => ({
    service,
    index,
    x: ROW_HEADER_WIDTH + index * COLUMN_WIDTH,
    y: 0,
    width: COLUMN_WIDTH,
    height: COLUMN_HEADER_HEIGHT,
    total: 0,
    people: 0,
  }));

  const rows: MatrixRow[] = [];
  const cells: MatrixCell[] = [];
  let y = COLUMN_HEADER_HEIGHT;
  const columnPeople = columns.map(() => new Set<string>());
  rowSources.forEach((source, rowIndex) => {
    const rowPeople = new Set<string>();
    let rowTotal = 0;
    const drawn = columns.map((column) => {
      const placements = byCell.get(cellId(source.id, column.service.id)) ?? [];
      let total = 0;
      let load: CellLoad = placements.length === 0 ? 'empty' : 'ok';
      let chipY = y + CELL_PADDING + FIGURES_HEIGHT;
      const chips = placements.map((placement): ChipBox => {
        total += placement.allocation;
        rowPeople.add(placement.person.id);
        columnPeople[column.index]!.add(placement.person.id);
        const personLoad = loads.get(placement.person.id);
        if (personLoad?.status === 'over') load = 'over';
        else if (personLoad?.switching && load !== 'over') load = 'switching';
        const chip = {
          name: placement.person.name,
          roleName: placement.role.name,
          allocation: placement.allocation,
          width: COLUMN_WIDTH - 2 * CELL_PADDING,
        };
        const text = chipText(chip, personLoad, true);
        const box = {
          ...chip,
          key: placement.key,
          personId: placement.person.id,
          roleId: placement.role.id,
          x: column.x + CELL_PADDING,
          y: chipY,
          height: chipHeight(text),
          text,
        };
        chipY += box.height + CHIP_GAP;
        return box;
      });
      column.total += total;
      rowTotal += total;
      return { column, chips, total, load };
    });
    // The row grows to its fullest cell.
    let fullest = stackHeight(1);
    for (const { chips } of drawn) fullest = Math.max(fullest, stackOf(chips));
    const height = FIGURES_HEIGHT + fullest + 2 * CELL_PADDING;
    for (const { column, chips, total, load } of drawn) {
      const x = column.x;
      const id = cellId(source.id, column.service.id);
      cells.push({
        id,
        rowId: source.id,
        serviceId: column.service.id,
        row: rowIndex,
        column: column.index,
        x,
        y,
        width: COLUMN_WIDTH,
        height,
        chips,
        total,
        load,
        signature: cellSignature(x, y, height, load, chips, loads),
      });
    }
    rows.push({
      id: source.id,
      pool: source.pool,
      label: source.label,
      index: rowIndex,
      x: 0,
      y,
      width: ROW_HEADER_WIDTH,
      height,
      total: rowTotal,
      people: rowPeople.size,
    });
    y += height;
  });
  columns.forEach((column, index) => (column.people = columnPeople[index]!.size));
  return {
    width: ROW_HEADER_WIDTH + Math.max(1, columns.length) * COLUMN_WIDTH,
    height: Math.max(y, COLUMN_HEADER_HEIGHT + FIGURES_HEIGHT + stackHeight(1)),
    columns,
    rows,
    cells,
  };
}

function byRoleThenName(a: ResolvedPlacement, b: ResolvedPlacement): number {
  return (
    a.role.order - b.role.order ||
    (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0) ||
    (a.key < b.key ? -1 : 1)
  );
}

function cellSignature(
  x: number,
  y: number,
  height: number,
  load: CellLoad,
  chips: readonly ChipBox[],
  loads: ReadonlyMap<string, ChipLoad>,
): string {
  let signature = `${x}:${y}:${height}:${load}`;
  for (const chip of chips) {
    const personLoad = loads.get(chip.personId);
    signature += `|${chip.key}:${chip.name}:${chip.roleName}:${chip.allocation}:${personLoad?.status}:${personLoad?.switching}:${personLoad?.services}:${personLoad?.total}`;
  }
  return signature;
}
