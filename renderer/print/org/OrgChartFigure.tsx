import { useMemo, type ReactNode } from 'react';
import type { OrgCheck } from '../../../shared/org/checks/OrgCheck';
import type { OrgDesignDoc, Scenario } from '../../../shared/org/OrgDesignDoc';
import { scenarioModel } from '../../../shared/org/scenarioModel';
import { patternIds } from '../../org/chart/ChartDefs';
import { FlatDrawing } from '../../org/chart/FlatDrawing';
import { flatLayout } from '../../org/chart/flatLayout';
import { matrixLayout } from '../../org/chart/matrixLayout';
import { MatrixDrawing } from '../../org/chart/MatrixDrawing';
import { chipLoads } from '../../org/chart/personLoad';
import { flagsByService, teamFlagOf } from '../../org/chartFlags';
import { matrixSlices, MIN_PRINT_SCALE, MM_PER_PX } from './matrixSlices';

interface Props {
  design: OrgDesignDoc;
  scenario: Scenario;
  checks: readonly OrgCheck[];
  /** Printable area of the page, in millimetres. */
  page: { width: number; height: number };
}

/**
 * A scenario's chart on paper, as vector SVG: the team chart, or the matrix cut into pieces
 * that each fit a page (services side by side, pools below) with their headers repeated.
 */
export function OrgChartFigure({ design, scenario, checks, page }: Props) {
  const model = useMemo(() => scenarioModel(design, scenario), [design, scenario]);
  const loads = useMemo(() => chipLoads(model), [model]);
  const ids = patternIds(`print-${scenario.id}`);
  if (scenario.structure === 'flat') {
    const layout = flatLayout(model, loads, page.width / MM_PER_PX / MIN_PRINT_SCALE);
    return (
      <figure className="print-org-chart print-block">
        <Svg
          width={layout.width}
          height={layout.height}
          page={page}
          label={`Team chart of ${scenario.name}`}
        >
          <FlatDrawing
            layout={layout}
            loads={loads}
            ids={ids}
            teamFlag={teamFlagOf(checks)}
            interaction={null}
          />
        </Svg>
      </figure>
    );
  }
  if (Object.keys(design.services).length === 0) {
    return <p className="report-note">No services yet, so the matrix has no columns.</p>;
  }
  const slices = matrixSlices(matrixLayout(model, loads), page.width, page.height);
  const flags = flagsByService(checks);
  return (
    <>
      {slices.map((slice, index) => (
        <figure key={index} className="print-org-chart print-block">
          <Svg
            width={slice.width}
            height={slice.height}
            page={page}
            label={`Matrix of ${scenario.name}${slices.length > 1 ? `, part ${index + 1} of ${slices.length}` : ''}`}
          >
            <MatrixDrawing
              layout={slice}
              loads={loads}
              ids={ids}
              serviceFlags={flags}
              interaction={null}
            />
          </Svg>
          {slices.length > 1 && (
            <figcaption className="report-note">
              Part {index + 1} of {slices.length}:{' '}
              {slice.columns.map((column) => column.service.name).join(', ')} ×{' '}
              {slice.rows.map((row) => row.label).join(', ')}
            </figcaption>
          )}
        </figure>
      ))}
    </>
  );
}

function Svg(props: {
  width: number;
  height: number;
  page: { width: number; height: number };
  label: string;
  children: ReactNode;
}) {
  const scale = Math.min(
    1,
    props.page.width / (props.width * MM_PER_PX),
    (props.page.height * 0.92) / (props.height * MM_PER_PX),
  );
  return (
    <svg
      className="org-static-chart"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${props.width} ${props.height}`}
      width={`${props.width * MM_PER_PX * scale}mm`}
      height={`${props.height * MM_PER_PX * scale}mm`}
    >
      {props.children}
    </svg>
  );
}
