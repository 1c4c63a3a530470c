import { useLayoutEffect, useRef } from 'react';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import { layoutMap, sameLayoutInputs, type MapLayout } from '../../../shared/vsm/layout';

interface LaidOut {
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  layout: MapLayout;
}

/**
 * The map's layout, kept (same object) across edits that do not move anything — a name, a
 * time, a %C&A — so the memoized layers that depend only on it skip rendering altogether.
 */
export function useMapLayout(map: ValueStreamMapDoc, metrics: VsmMetricsResult): MapLayout {
  const committed = useRef<LaidOut | null>(null);
  const previous = committed.current;
  const layout =
    previous && sameLayoutInputs(previous.map, previous.metrics, map, metrics)
      ? previous.layout
      : layoutMap(map, metrics);
  // Remembered on commit only, so a render React throws away never becomes the baseline.
  useLayoutEffect(() => {
    committed.current = { map, metrics, layout };
  }, [map, metrics, layout]);
  return layout;
}
