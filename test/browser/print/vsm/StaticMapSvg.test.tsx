import '../../../../renderer/app/app.css';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaticMapSvg } from '../../../../renderer/print/vsm/StaticMapSvg';
import { computeMetrics } from '../../../../shared/vsm';
import { layoutMap, MAP_GEOMETRY } from '../../../../shared/vsm/layout';
import { paymentsChangeMap } from '../../vsm/map/workshopMaps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('StaticMapSvg', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('fits names to their boxes in Inter where the report’s own faces are not loaded (an export from the editor)', async () => {
    await document.fonts.load('600 13px Inter');
    const map = paymentsChangeMap();
    const metrics = computeMetrics(map);
    const layout = layoutMap(map, metrics);
    act(() =>
      root.render(
        <StaticMapSvg
          map={map}
          metrics={metrics}
          layout={layout}
          width={`${layout.width}`}
          height={`${layout.height}`}
        />,
      ),
    );
    const names = [...container.querySelectorAll<SVGTextElement>('.vsm-map-step-name')];
    expect(names.map((name) => name.textContent).join(' ')).toContain('Production deployment');
    const outside = names.filter((name) => {
      const bbox = name.getBBox();
      return bbox.x < 0 || bbox.x + bbox.width > MAP_GEOMETRY.boxWidth;
    });
    expect(outside.map((name) => name.textContent)).toEqual([]);
    // Drawn (and so measured) in Inter, the face the exported file embeds.
    const inter = document.createElement('canvas').getContext('2d')!;
    inter.font = '600 13px Inter';
    for (const name of names) {
      expect(name.getComputedTextLength()).toBeCloseTo(
        inter.measureText(name.textContent!).width,
        0,
      );
    }
  });
});
