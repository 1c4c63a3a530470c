import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ValueStreamMapDoc, VsmMetricsResult } from '../../../shared/vsm';
import { layoutMap } from '../../../shared/vsm/layout';
import { StaticMapSvg } from '../vsm/StaticMapSvg';
import { embeddedFontFaces } from './embeddedFontFaces';
import { inlineSvgStyles } from './inlineSvgStyles';

export interface MapSvgFile {
  text: string;
  /** Size of the drawing in CSS pixels (one per map unit). */
  width: number;
  height: number;
}

/**
 * The whole map as a standalone SVG file: drawn by the same components as the printed report,
 * off screen in this document (so the stylesheets apply), then copied with its styles inlined
 * and the report font embedded. User text is escaped by the serializer, never markup.
 */
export async function mapSvgFile(
  map: ValueStreamMapDoc,
  metrics: VsmMetricsResult,
): Promise<MapSvgFile> {
  const layout = layoutMap(map, metrics);
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
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
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the map could not be drawn');
    const file = inlineSvgStyles(svg);
    const fonts = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    fonts.textContent = await embeddedFontFaces();
    file.prepend(fonts);
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}\n`;
    return { text, width: layout.width, height: layout.height };
  } finally {
    root.unmount();
    host.remove();
  }
}
