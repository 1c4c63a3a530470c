/**
 * Sizes of the value stream map drawing, in SVG user units. One place, so the layout, the
 * drawing and the drag hit-testing agree.
 */
export const MAP_GEOMETRY = {
  margin: 40,
  boxWidth: 156,
  boxHeight: 58,
  /** Data box under each process box: PT, LT, wait, %C&A, people. */
  dataRowHeight: 15,
  dataRows: 5,
  /** Between two columns: room for the handoff symbol and the inventory triangle. */
  gap: 104,
  /** Between two rows: a channel for handoffs that change rows and for rework loops. */
  channel: 64,
  partyWidth: 150,
  partyHeight: 78,
  /** Lanes for information flows between the parties and the first row. */
  infoLanes: 3,
  infoLaneHeight: 24,
  kaizenRadius: 30,
  /** Kaizens on the same anchor sit side by side this far apart. */
  kaizenSpacing: 66,
  ladderHeight: 96,
  ladderTotalsWidth: 210,
} as const;

export const DATA_BOX_HEIGHT = MAP_GEOMETRY.dataRowHeight * MAP_GEOMETRY.dataRows + 8;
export const COLUMN_WIDTH = MAP_GEOMETRY.boxWidth + MAP_GEOMETRY.gap;
export const ROW_HEIGHT = MAP_GEOMETRY.boxHeight + DATA_BOX_HEIGHT + MAP_GEOMETRY.channel;
export const INFO_BAND_TOP = MAP_GEOMETRY.margin + MAP_GEOMETRY.partyHeight + 12;
/** Top of the first row of process boxes. */
export const ROWS_TOP = INFO_BAND_TOP + MAP_GEOMETRY.infoLanes * MAP_GEOMETRY.infoLaneHeight + 40;
/** Left edge of the first column: a gap is left for the first step's inventory triangle. */
export const COLUMNS_LEFT = MAP_GEOMETRY.margin + MAP_GEOMETRY.gap;

export function columnX(column: number): number {
  return COLUMNS_LEFT + column * COLUMN_WIDTH;
}

export function rowY(row: number): number {
  return ROWS_TOP + row * ROW_HEIGHT;
}
