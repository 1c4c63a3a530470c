import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { checksOf } from '../../../shared/org/checks/checkScenario';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { scenarioModel } from '../../../shared/org/scenarioModel';
import { patternIds } from '../../org/chart/ChartDefs';
import { FlatDrawing } from '../../org/chart/FlatDrawing';
import { flatLayout } from '../../org/chart/flatLayout';
import { matrixLayout } from '../../org/chart/matrixLayout';
import { MatrixDrawing } from '../../org/chart/MatrixDrawing';
import { chipLoads } from '../../org/chart/personLoad';
import { flagsByService, teamFlagOf } from '../../org/chartFlags';
import { embeddedFontFaces } from '../export/embeddedFontFaces';
import { inlineSvgStyles } from '../export/inlineSvgStyles';

export interface ChartSvgFile {
  text: string;
  /** Size of the drawing in CSS pixels. */
  width: number;
  height: number;
}

/** Room around the drawing in the file. */
const MARGIN = 16;

/**
 * A scenario's chart as a standalone SVG file — the whole matrix or team chart at full size,
 * drawn by the same components as the editor and the report, off screen in this document (so
 * the stylesheets apply), then copied with its styles inlined and the report font embedded.
 */
export async function orgChartFile(
  design: OrgDesignDoc,
  scenario: Scenario,
): Promise<ChartSvgFile> {
  const model = scenarioModel(design, scenario);
  const loads = chipLoads(model);
  const checks = checksOf(model);
  const ids = patternIds(`file-${scenario.id}`);
  const flat = scenario.structure === 'flat';
  const flatDrawing = flat ? flatLayout(model, loads) : null;
  const matrix = flat ? null : matrixLayout(model, loads);
  const width = (flatDrawing?.width ?? matrix!.width) + 2 * MARGIN;
  const height = (flatDrawing?.height ?? matrix!.height) + 2 * MARGIN;
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <svg
          xmlns="http://www.w3.org/2000/svg"
          className="org-static-chart"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif', background: '#fff' }}
        >
          <title>{`${design.title} — ${scenario.name}`}</title>
          <g transform={`translate(${MARGIN},${MARGIN})`}>
            {flatDrawing ? (
              <FlatDrawing
                layout={flatDrawing}
                loads={loads}
                ids={ids}
                teamFlag={teamFlagOf(checks)}
                interaction={null}
              />
            ) : (
              <MatrixDrawing
                layout={matrix!}
                loads={loads}
                ids={ids}
                serviceFlags={flagsByService(checks)}
                interaction={null}
              />
            )}
          </g>
        </svg>,
      ),
    );
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart could not be drawn');
    const file = inlineSvgStyles(svg);
    const fonts = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    fonts.textContent = await embeddedFontFaces();
    file.prepend(fonts);
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}\n`;
    return { text, width, height };
  } finally {
    root.unmount();
    host.remove();
  }
}
