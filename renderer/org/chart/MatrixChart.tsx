import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { ScenarioModel } from '../../../shared/org/scenarioModel';
import { selectedPersonId, type OrgSelection } from '../orgSelection';
import { ChartFrame } from './ChartFrame';
import { patternIds } from './ChartDefs';
import { chipKey, focusIn, isActivation, siblingChip } from './chartKeys';
import { cellId, matrixLayout, type MatrixLayout } from './matrixLayout';
import { MatrixDrawing } from './MatrixDrawing';
import type { Box } from './chartGeometry';
import type { ChipLoad } from './personLoad';
import type { ChartView } from './useChartZoom';

export interface MatrixChartProps {
  model: ScenarioModel;
  loads: ReadonlyMap<string, ChipLoad>;
  serviceFlags: ReadonlyMap<string, string>;
  selection: OrgSelection | null;
  remote: ReadonlyMap<string, string>;
  /** The names of the colleagues in `remote`, by the person they have selected. */
  remoteNames?: ReadonlyMap<string, string>;
  onSelect(selection: OrgSelection | null): void;
  /** Enter on a cell: place someone there. */
  onPlaceInCell(rowId: string, serviceId: string): void;
  /** Alt+← / Alt+→ on a chip: the same placement on the previous or next service. */
  onMovePlacement(key: string, step: -1 | 1): void;
  onRemovePlacement(key: string): void;
  /** Ctrl+Delete on a chip: the editor's Delete person command, which asks first. */
  onDeletePerson?(personId: string): void;
}

export const MATRIX_HELP =
  'Arrow keys move between cells; Enter places a person in the cell. Tab reaches the people in a cell: Enter selects one, Alt+Left or Alt+Right moves them to the neighbouring service, Delete takes them off it, Ctrl+Delete deletes the person.';

/**
 * The matrix in the editor: pools × services, each placement a chip. Drag a chip or a person
 * onto a cell, or work it from the keyboard (see {@link MATRIX_HELP}).
 */
export function MatrixChart(props: MatrixChartProps) {
  const { model, loads, selection } = props;
  const layout = useMemo(() => matrixLayout(model, loads), [model, loads]);
  const ids = useMemo(() => patternIds('matrix'), []);
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const [region, setRegion] = useState<Box>(INITIAL_REGION);
  // The first paint draws only what is on screen; the margin that lets panning find cells
  // already drawn comes a frame later, so opening lays out half as many people.
  const view = useRef<ChartView | null>(null);
  const margin = useRef(0);
  const onView = useCallback((next: ChartView) => {
    view.current = next;
    setRegion((current) => nextRegion(current, next, margin.current));
  }, []);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        margin.current = PAN_MARGIN;
        const last = view.current;
        if (last) setRegion((current) => nextRegion(current, last, PAN_MARGIN));
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const activeCellId = layout.cells.some((cell) => cell.id === active)
    ? active
    : (layout.cells[0]?.id ?? null);

  const interaction = {
    activeCellId,
    selectedKey: selection?.kind === 'placement' ? selection.key : null,
    selectedPersonId: selectedPersonId(selection),
    selectedCellId:
      selection?.kind === 'cell' ? cellId(selection.rowId, selection.serviceId) : null,
    selectedServiceId: selection?.kind === 'service' ? selection.serviceId : null,
    remote: props.remote,
    remoteNames: props.remoteNames,
    region,
  };

  // A cell far off screen is drawn once it is the active one: focus it after that render.
  const focusCell = (id: string) => {
    setActive(id);
    const selector = `[data-cell-id="${CSS.escape(id)}"] > .org-cell-target`;
    if (!focusIn(svgRef.current, selector)) {
      requestAnimationFrame(() => focusIn(svgRef.current, selector));
    }
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const element = event.target as Element;
    const cell = cellOf(layout, element);
    if (!cell) return;
    const key = chipKey(element);
    if (key !== null) {
      if (isActivation(event.key)) {
        props.onSelect({ kind: 'placement', key, personId: personOf(element) });
      } else if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        props.onMovePlacement(key, event.key === 'ArrowLeft' ? -1 : 1);
      } else if (event.key === 'Delete' && (event.ctrlKey || event.metaKey)) {
        props.onDeletePerson?.(personOf(element));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        props.onRemovePlacement(key);
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        const next = siblingChip(
          element.closest('[data-placement-key]')!,
          event.key === 'ArrowUp' ? -1 : 1,
        );
        if (next) (next as SVGElement).focus();
        else if (event.key === 'ArrowUp') focusCell(cell.id);
      } else if (event.key === 'Escape') {
        focusCell(cell.id);
      } else return;
      event.preventDefault();
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    const move = moves[event.key];
    if (move && !event.altKey) {
      const next = layout.cells.find(
        (other) => other.row === cell.row + move[0] && other.column === cell.column + move[1],
      );
      if (next) focusCell(next.id);
      event.preventDefault();
    } else if (isActivation(event.key)) {
      event.preventDefault();
      props.onPlaceInCell(cell.rowId, cell.serviceId);
    } else if (event.key === 'Home' || event.key === 'End') {
      const row = layout.cells.filter((other) => other.row === cell.row);
      const next = event.key === 'Home' ? row[0] : row.at(-1);
      if (next) focusCell(next.id);
      event.preventDefault();
    }
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const element = event.target as Element;
    const key = chipKey(element);
    if (key !== null) {
      props.onSelect({ kind: 'placement', key, personId: personOf(element) });
      return;
    }
    const cell = cellOf(layout, element);
    if (cell) {
      setActive(cell.id);
      props.onSelect({ kind: 'cell', rowId: cell.rowId, serviceId: cell.serviceId });
      return;
    }
    const serviceId = element.closest('[data-service-id]')?.getAttribute('data-service-id');
    props.onSelect(serviceId ? { kind: 'service', serviceId } : null);
  };

  const pools = layout.rows.length;
  const services = layout.columns.length;
  return (
    <ChartFrame
      label={`Matrix of ${model.scenario.name}: ${pools} ${pools === 1 ? 'pool' : 'pools'} × ${services} ${services === 1 ? 'service' : 'services'}`}
      help={MATRIX_HELP}
      width={layout.width}
      height={layout.height}
      highlightPersonId={selectedPersonId(selection)}
      svgRef={svgRef}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onView={onView}
      onFocusElement={(element) => {
        const cell = cellOf(layout, element);
        if (cell && cell.id !== activeCellId) setActive(cell.id);
      }}
    >
      <MatrixDrawing
        layout={layout}
        loads={loads}
        ids={ids}
        serviceFlags={props.serviceFlags}
        interaction={interaction}
      />
    </ChartFrame>
  );
}

/** What is drawn before the frame's size is known: no chart is larger than the window. */
const INITIAL_REGION: Box = {
  x: 0,
  y: 0,
  width: globalThis.innerWidth || 1920,
  height: globalThis.innerHeight || 1080,
};
/** The drawn region moves in steps of this many chart units, so panning re-renders rarely. */
const REGION_STEP = 400;
/** Drawn around the screen once the chart has painted, as a share of the screen's size. */
const PAN_MARGIN = 0.25;

/**
 * The part of the matrix drawn: what is on screen and `margin` of a screen around it, snapped
 * to {@link REGION_STEP} (with no margin, exactly what is on screen). The same object while the view stays inside it, so React re-renders
 * nothing as the coach pans a little. Cells outside are left out (the headers are whole): a
 * matrix of 600 placements opens and pans without drawing every cell and name.
 */
export function nextRegion(current: Box, view: ChartView, margin = PAN_MARGIN): Box {
  const step = margin === 0 ? 1 : REGION_STEP;
  const x = Math.floor((view.x - view.width * margin) / step) * step;
  const y = Math.floor((view.y - view.height * margin) / step) * step;
  const right = Math.ceil((view.x + view.width * (1 + margin)) / step) * step;
  const bottom = Math.ceil((view.y + view.height * (1 + margin)) / step) * step;
  const next = { x, y, width: right - x, height: bottom - y };
  return next.x === current.x &&
    next.y === current.y &&
    next.width === current.width &&
    next.height === current.height
    ? current
    : next;
}

function cellOf(layout: MatrixLayout, element: Element) {
  const id = element.closest('[data-cell-id]')?.getAttribute('data-cell-id');
  return id === undefined || id === null ? undefined : layout.cells.find((cell) => cell.id === id);
}

function personOf(element: Element): string {
  return element.closest('[data-person-id]')?.getAttribute('data-person-id') ?? '';
}
