/** Why a cell could not be read; the row is reported with this message. */
export class CellError extends Error {}

/**
 * A number as typed in a spreadsheet cell: "12", "1.5", "1,5" (decimal comma), "95 %".
 * Empty cells are undefined; anything else that is not a number is a {@link CellError}.
 */
export function parseNumberCell(cell: string, label: string): number | undefined {
  const text = cell.trim().replace(/\s*%$/, '');
  if (text === '') return undefined;
  const number = Number(/^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text);
  if (!Number.isFinite(number)) throw new CellError(`${label} “${cell.trim()}” is not a number`);
  return number;
}
