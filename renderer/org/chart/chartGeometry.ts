import type { ChipText } from './chipText';

/** Sizes shared by both charts, in SVG units (one CSS pixel at 100 %). */
export const CHIP_HEIGHT = 40;
export const CHIP_GAP = 6;
export const CELL_PADDING = 8;
/** The line of figures at the top of a cell or role group. */
export const FIGURES_HEIGHT = 24;
/** Names 14 px, detail lines 12 px: readable on a projector at 100 %. */
export const NAME_SIZE = 14;
export const DETAIL_SIZE = 12;
export const HEADING_SIZE = 15;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One placement drawn as a chip: the person's name, role and share, where it sits. */
export interface ChipBox extends Box {
  key: string;
  personId: string;
  name: string;
  roleId: string;
  roleName: string;
  allocation: number;
  /** Its lines as drawn; a long name or role takes two, and the chip is taller. */
  text: ChipText;
}

/** The height a stack of `count` chips takes (at least one chip's room, to drop on). */
export function stackHeight(count: number): number {
  const chips = Math.max(1, count);
  return chips * CHIP_HEIGHT + (chips - 1) * CHIP_GAP;
}

/** The height a stack of these chips takes, at least one chip's room. */
export function stackOf(chips: readonly Box[]): number {
  if (chips.length === 0) return stackHeight(1);
  let height = (chips.length - 1) * CHIP_GAP;
  for (const chip of chips) height += chip.height;
  return height;
}
