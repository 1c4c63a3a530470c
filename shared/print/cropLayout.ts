import type { MapLayout, Point, Rect } from '../vsm/layout';

/** Room around an item for what is drawn beyond its geometry: labels, arrowheads, symbols. */
const LABEL_MARGIN = 120;

/**
 * The part of a map's layout that shows through `window` (one printed tile): items whose
 * bounds, widened by their labels, miss the window are dropped, so a tiled map draws each
 * item on the tiles it appears on instead of drawing the whole map once per tile.
 */
export function cropLayout(layout: MapLayout, window: Rect): MapLayout {
  const shows = (box: Rect) => intersects(widen(box, LABEL_MARGIN), window);
  return {
    ...layout,
    steps: layout.steps.filter(({ processBox, dataBox }) => shows(union(processBox, dataBox))),
    inventories: layout.inventories.filter(({ top, size }) =>
      shows({ x: top.x - size, y: top.y, width: 2 * size, height: size }),
    ),
    handoffs: layout.handoffs.filter(({ points, symbolAt }) =>
      shows(bounds([...points, symbolAt])),
    ),
    informationFlows: layout.informationFlows.filter(({ points, labelAt }) =>
      shows(bounds([...points, labelAt])),
    ),
    reworkLoops: layout.reworkLoops.filter((loop) =>
      shows(bounds([loop.start, loop.control1, loop.control2, loop.end, loop.labelAt])),
    ),
    kaizens: layout.kaizens.filter(({ center }) => shows(bounds([center]))),
    ladder: {
      ...layout.ladder,
      steps: layout.ladder.steps.filter(({ waitFrom, processTo }) =>
        shows({ x: waitFrom, y: layout.ladder.top, width: processTo - waitFrom, height: 1 }),
      ),
    },
  };
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

function widen(box: Rect, by: number): Rect {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function union(a: Rect, b: Rect): Rect {
  return bounds([
    { x: a.x, y: a.y },
    { x: a.x + a.width, y: a.y + a.height },
    { x: b.x, y: b.y },
    { x: b.x + b.width, y: b.y + b.height },
  ]);
}

function bounds(points: readonly Point[]): Rect {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
