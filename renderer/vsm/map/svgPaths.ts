import type { Point } from '../../../shared/vsm/layout';

/** SVG path data for the map's shapes, built from layout points. */

export function polylinePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('');
}

/** A filled arrowhead whose tip is at `tip`, pointing along (dx, dy) (a unit axis). */
export function arrowHeadPath(tip: Point, dx: number, dy: number, size = 8): string {
  const backX = tip.x - dx * size;
  const backY = tip.y - dy * size;
  const half = size * 0.5;
  return `M${tip.x} ${tip.y}L${backX - dy * half} ${backY + dx * half}L${backX + dy * half} ${backY - dx * half}Z`;
}

/** The arrowhead at the end of a polyline, pointing along its last stretch. */
export function endArrowPath(points: readonly Point[], size?: number): string {
  const tip = points.at(-1)!;
  const before = points.at(-2)!;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  return arrowHeadPath(tip, (tip.x - before.x) / length, (tip.y - before.y) / length, size);
}

/**
 * The electronic information flow: the polyline with a lightning zig-zag in the middle of its
 * horizontal stretch at height `laneY`, as on standard VSM icon sheets.
 */
export function lightningPath(points: readonly Point[], labelAt: Point): string {
  const parts: string[] = [];
  points.forEach((p, i) => {
    const next = points[i + 1];
    parts.push(`${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`);
    if (!next || p.y !== labelAt.y || next.y !== labelAt.y) return;
    const dir = next.x >= p.x ? 1 : -1;
    // Right of the label, which sits at the middle.
    const mid = (p.x + next.x) / 2 + dir * 30;
    const y = labelAt.y;
    parts.push(
      `L${mid - dir * 14} ${y}L${mid + dir * 4} ${y - 11}L${mid - dir * 4} ${y + 11}L${mid + dir * 14} ${y}`,
    );
  });
  return parts.join('');
}

/** The kaizen burst: a star with `spikes` points around (cx, cy). */
export function starburstPath(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  spikes = 12,
): string {
  const parts: string[] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / spikes - Math.PI / 2;
    const x = Math.round((cx + radius * Math.cos(angle)) * 10) / 10;
    const y = Math.round((cy + radius * Math.sin(angle)) * 10) / 10;
    parts.push(`${i === 0 ? 'M' : 'L'}${x} ${y}`);
  }
  return `${parts.join('')}Z`;
}

/** The factory icon of customer and supplier boxes: a sawtooth roof on a building. */
export function factoryPath(
  x: number,
  y: number,
  width: number,
  height: number,
  roof: number,
): string {
  const tooth = width / 3;
  const eaves = y + roof;
  return (
    `M${x} ${y + height}L${x} ${y}L${x + tooth} ${eaves}L${x + tooth} ${y}` +
    `L${x + 2 * tooth} ${eaves}L${x + 2 * tooth} ${y}L${x + width} ${eaves}L${x + width} ${y + height}Z`
  );
}
