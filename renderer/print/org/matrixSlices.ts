import {
  COLUMN_HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  type MatrixLayout,
} from '../../org/chart/matrixLayout';

/** Millimetres per CSS pixel: 96 pixels to the inch. */
export const MM_PER_PX = 25.4 / 96;
/**
 * The smallest scale a chart is printed at: its 14 px names become 7.4 pt, its 12 px figures
 * 6.3 pt — small print, still read at arm's length.
 */
export const MIN_PRINT_SCALE = 0.7;

/**
 * A matrix cut to fit pages: as many services side by side and pools one under another as a
 * page takes at {@link MIN_PRINT_SCALE}, each piece with its row and column headers. A pool
 * taller than a page gets a page of its own, scaled down.
 */
export function matrixSlices(
  layout: MatrixLayout,
  pageWidthMm: number,
  pageHeightMm: number,
): MatrixLayout[] {
  const widthPx = pageWidthMm / MM_PER_PX / MIN_PRINT_SCALE;
  const heightPx = pageHeightMm / MM_PER_PX / MIN_PRINT_SCALE;
  const perPage = Math.max(
    1,
    Math.floor((widthPx - ROW_HEADER_WIDTH) / (layout.columns[0]?.width ?? widthPx)),
  );
  const columnGroups: number[][] = [];
  for (let start = 0; start < layout.columns.length; start += perPage) {
    columnGroups.push(layout.columns.slice(start, start + perPage).map((column) => column.index));
  }
  if (columnGroups.length === 0) columnGroups.push([]);
  const rowGroups: number[][] = [];
  let group: number[] = [];
  let height = COLUMN_HEADER_HEIGHT;
  for (const row of layout.rows) {
    if (group.length > 0 && height + row.height > heightPx) {
      rowGroups.push(group);
      group = [];
      height = COLUMN_HEADER_HEIGHT;
    }
    group.push(row.index);
    height += row.height;
  }
  if (group.length > 0 || rowGroups.length === 0) rowGroups.push(group);
  return rowGroups.flatMap((rows) => columnGroups.map((columns) => slice(layout, rows, columns)));
}

/** The part of `layout` with these rows and columns, moved up and left to close the gaps. */
function slice(layout: MatrixLayout, rowIndexes: number[], columnIndexes: number[]): MatrixLayout {
  const rows = new Set(rowIndexes);
  const columns = new Set(columnIndexes);
  const firstColumn = layout.columns[columnIndexes[0] ?? 0];
  const dx = firstColumn ? firstColumn.x - ROW_HEADER_WIDTH : 0;
  const firstRow = layout.rows[rowIndexes[0] ?? 0];
  const dy = firstRow ? firstRow.y - COLUMN_HEADER_HEIGHT : 0;
  const keptRows = layout.rows.filter((row) => rows.has(row.index));
  const bottom = keptRows.reduce((most, row) => Math.max(most, row.y + row.height - dy), 0);
  return {
    width: ROW_HEADER_WIDTH + Math.max(1, columnIndexes.length) * (firstColumn?.width ?? 0),
    height: Math.max(bottom, COLUMN_HEADER_HEIGHT),
    columns: layout.columns
      .filter((column) => columns.has(column.index))
      .map((column) => ({ ...column, x: column.x - dx })),
    rows: keptRows.map((row) => ({ ...row, y: row.y - dy })),
    cells: layout.cells
      .filter((cell) => rows.has(cell.row) && columns.has(cell.column))
      .map((cell) => ({
        ...cell,
        x: cell.x - dx,
        y: cell.y - dy,
        chips: cell.chips.map((chip) => ({ ...chip, x: chip.x - dx, y: chip.y - dy })),
      })),
  };
}
