/**
 * Sizes of the value stream map drawing, in SVG user units. One place, so the layout, the
 * drawing and the drag hit-testing agree. The smallest text is 12 units (mapCanvas.css), so
 * at scale 1 every label is at least 12 CSS pixels, readable on a projector.
 */
export const MAP_GEOMETRY = {
  margin: 24,
  boxWidth: 156,
  /** Room for four lines: a name on up to three and the team under it. */
  boxHeight: 76,
  /** Left and right of the text in a box. */
  boxPadding: 8,
  /** Data box under each process box: PT, LT, wait, %C&A, people. */
  dataRowHeight: 16,
  dataRows: 5,
  /** Between two columns: room for the handoff symbol and the inventory triangle. */
  gap: 104,
  /** Between two rows: a channel for handoffs that change rows and for rework loops. */
  channel: 64,
  partyWidth: 180,
  /** The factory icon: its caption and a name on two lines. */
  partyHeight: 84,
  /** Lanes for information flows between the parties and the first row. */
  infoLanes: 3,
  infoLaneHeight: 24,
  kaizenRadius: 40,
  /** Kaizens on the same anchor sit side by side this far apart. */
  kaizenSpacing: 88,
  ladderHeight: 96,
  ladderTotalsWidth: 210,
} as const;

export const DATA_BOX_HEIGHT = MAP_GEOMETRY.dataRowHeight * MAP_GEOMETRY.dataRows + 8;
export const COLUMN_WIDTH = MAP_GEOMETRY.boxWidth + MAP_GEOMETRY.gap;
export const ROW_HEIGHT = MAP_GEOMETRY.boxHeight + DATA_BOX_HEIGHT + MAP_GEOMETRY.channel;
/** Bottom of the customer and supplier icons. */
export const PARTIES_BOTTOM = MAP_GEOMETRY.margin + MAP_GEOMETRY.partyHeight;
/** Between the parties (or the last information lane) and the first row: room for kaizens. */
const ABOVE_ROWS = 64;
/**
 * The channel under the last row needs only its rework loops' room, unless a handoff detours
 * through it (layoutMap then keeps the ladder clear of it).
 */
export const LADDER_RAISE = 16;
/** Left edge of the first column: a gap is left for the first step's inventory triangle. */
export const COLUMNS_LEFT = MAP_GEOMETRY.margin + MAP_GEOMETRY.gap;

/** Height of the lane of information flow `lane` (0 is the top one). */
export function infoLaneY(lane: number): number {
  return PARTIES_BOTTOM + 24 + lane * MAP_GEOMETRY.infoLaneHeight;
}

/**
 * Top of the first row of process boxes: right under the parties when the map has no
 * information flows, which keeps a plain stream short enough to open readable on a laptop.
 */
export function rowsTop(infoFlowCount: number): number {
  const lanes = Math.min(infoFlowCount, MAP_GEOMETRY.infoLanes);
  return lanes === 0 ? PARTIES_BOTTOM + ABOVE_ROWS : infoLaneY(lanes - 1) + ABOVE_ROWS - 12;
}

export function columnX(column: number): number {
  return COLUMNS_LEFT + column * COLUMN_WIDTH;
}

export function rowY(row: number, top: number): number {
  return top + row * ROW_HEIGHT;
}
