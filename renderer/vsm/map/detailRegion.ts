/**
 * Level of detail for the map canvas. A 200-step map shown whole is ~0.03 screen pixels per map
 * unit: its figures would be under a pixel high, yet laying out their ~3,000 text nodes made
 * opening the map take most of a second. So text is drawn only at a readable scale, and then
 * only for the steps on screen and half a screen either side (panning reveals more).
 */

/** Below this scale the map is an overview: boxes and lines, no text. 12 px text → 3.6 px. */
export const DETAIL_MIN_SCALE = 0.3;

/** The horizontal band of the map, in map units, whose steps are drawn in full detail. */
export interface DetailRegion {
  left: number;
  right: number;
}

/** What is on screen: the visible band in map units and the scale it is shown at. */
export interface MapView {
  left: number;
  right: number;
  scale: number;
}

/** The view of an SVG `width` pixels wide under a pan/zoom transform (screen = k·map + x). */
export function mapViewOf(transform: { x: number; k: number }, width: number): MapView {
  return {
    left: -transform.x / transform.k,
    right: (width - transform.x) / transform.k,
    scale: transform.k,
  };
}

/**
 * The region to draw in detail for `view`, given the current one: `null` (overview) below the
 * readable scale; the current region while it still covers the view, so panning within it
 * re-renders nothing; otherwise the view widened by half its width on each side.
 */
export function nextDetailRegion(current: DetailRegion | null, view: MapView): DetailRegion | null {
  if (view.scale < DETAIL_MIN_SCALE) return null;
  if (current && current.left <= view.left && current.right >= view.right) return current;
  const margin = (view.right - view.left) / 2;
  return { left: view.left - margin, right: view.right + margin };
}

/** Whether a box spanning `x … x + width` has any part inside the region. */
export function isInDetail(region: DetailRegion | null, x: number, width: number): boolean {
  return region !== null && x + width >= region.left && x <= region.right;
}

/** Whether a thing spanning `x … x + width` (map units) is drawn with its text. */
export type DetailTest = (x: number, width: number) => boolean;

/** Full detail everywhere: printed and exported maps. */
export const everywhere: DetailTest = () => true;
