import { MAP_GEOMETRY, type Rect } from '../vsm/layout';

/** Below this printed width of a process box its text is too small to read: tile instead. */
export const MIN_READABLE_BOX_MM = 25;
/** Box width on tiles: step names print at about 7.5 pt, the data box at about 6 pt. */
export const TILED_BOX_MM = 32;
/** A small map is not blown up beyond this box width. */
const MAX_BOX_MM = 60;
/** What neighbouring tiles share at least, so a sheet can be trimmed and taped to the next. */
export const TILE_OVERLAP_MM = 12;

/** Sizes in millimetres on paper; `scale` is millimetres per map unit. */
export type MapPrintPlan =
  | { kind: 'fit'; scale: number; width: number; height: number }
  | { kind: 'tiled'; scale: number; rows: number; columns: number; tiles: MapTile[] };

export interface MapTile {
  /** 1-based, as printed on the tile ("tile 1/3 of 2×5"). */
  row: number;
  column: number;
  /** The part of the drawing on this tile, in map units (an SVG viewBox). */
  window: Rect;
  /** Which edges are shared with a neighbour: the overlap band is marked there. */
  overlap: { left: number; right: number; top: number; bottom: number };
  /** Printed size of the tile in millimetres. */
  width: number;
  height: number;
}

/**
 * Prints a map drawing of `drawing` map units either scaled into `fitArea` or, when that
 * would shrink process boxes below {@link MIN_READABLE_BOX_MM}, tiled at a readable scale
 * over pages whose drawing area is `tileArea` (millimetres). Tiles are spread evenly, so
 * every seam overlaps by at least {@link TILE_OVERLAP_MM} and the last tile ends at the edge.
 */
export function planMapPrint(
  drawing: { width: number; height: number },
  fitArea: { width: number; height: number },
  tileArea: { width: number; height: number },
): MapPrintPlan {
  const fitScale = Math.min(
    fitArea.width / drawing.width,
    fitArea.height / drawing.height,
    MAX_BOX_MM / MAP_GEOMETRY.boxWidth,
  );
  if (fitScale * MAP_GEOMETRY.boxWidth >= MIN_READABLE_BOX_MM) {
    return {
      kind: 'fit',
      scale: fitScale,
      width: drawing.width * fitScale,
      height: drawing.height * fitScale,
    };
  }
  const scale = TILED_BOX_MM / MAP_GEOMETRY.boxWidth;
  const overlap = TILE_OVERLAP_MM / scale;
  const across = spread(drawing.width, tileArea.width / scale, overlap);
  const down = spread(drawing.height, tileArea.height / scale, overlap);
  const tiles: MapTile[] = [];
  for (const [r, y] of down.starts.entries()) {
    for (const [c, x] of across.starts.entries()) {
      const window = { x, y, width: across.size, height: down.size };
      tiles.push({
        row: r + 1,
        column: c + 1,
        window,
        overlap: {
          left: c > 0 ? across.starts[c - 1]! + across.size - x : 0,
          right: c < across.starts.length - 1 ? x + across.size - across.starts[c + 1]! : 0,
          top: r > 0 ? down.starts[r - 1]! + down.size - y : 0,
          bottom: r < down.starts.length - 1 ? y + down.size - down.starts[r + 1]! : 0,
        },
        width: across.size * scale,
        height: down.size * scale,
      });
    }
  }
  return { kind: 'tiled', scale, rows: down.starts.length, columns: across.starts.length, tiles };
}

/** Where tiles of at most `window` units start along a `length`, overlapping by ≥ `overlap`. */
function spread(
  length: number,
  window: number,
  overlap: number,
): { starts: number[]; size: number } {
  if (length <= window) return { starts: [0], size: length };
  const count = Math.ceil((length - overlap) / (window - overlap));
  const step = (length - window) / (count - 1);
  return { starts: Array.from({ length: count }, (_, i) => i * step), size: window };
}
