import { memo } from 'react';
import { CELL_PADDING, DETAIL_SIZE, FIGURES_HEIGHT, HEADING_SIZE, type Box } from './chartGeometry';
import { ChartDefs, type PatternIds } from './ChartDefs';
import { ChipViews } from './ChipView';
import { remoteSignature } from './remoteMarks';
import { fitText } from './fitText';
import {
  COLUMN_HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  type CellLoad,
  type MatrixCell,
  type MatrixLayout,
} from './matrixLayout';
import { fte, type ChipLoad } from './personLoad';

/** What the editor adds to the drawing: focus, selection and colleagues' selections. */
export interface MatrixInteraction {
  /** The cell in the tab order (arrow keys move it). */
  activeCellId: string | null;
  selectedKey: string | null;
  /** The person selected (alone or through a placement): their cells are drawn wherever they are. */
  selectedPersonId: string | null;
  selectedCellId: string | null;
  /** A service picked from the checks: its column is outlined. */
  selectedServiceId: string | null;
  /** Colleagues' selections: person id → colour. */
  remote: ReadonlyMap<string, string>;
  /** The names of the colleagues in `remote`, by the person they have selected. */
  remoteNames?: ReadonlyMap<string, string>;
  /** The part drawn; cells outside it are left out (see `nextRegion`). */
  region: Box;
}

interface Props {
  layout: MatrixLayout;
  loads: ReadonlyMap<string, ChipLoad>;
  ids: PatternIds;
  /** A short warning per service, from its checks ("⚠ 2 roles missing"). */
  serviceFlags: ReadonlyMap<string, string>;
  /** Null when drawn for paper or a file. */
  interaction: MatrixInteraction | null;
}

export const LOAD_WORDS: Record<CellLoad, string> = {
  empty: 'nobody placed',
  ok: 'within capacity',
  switching: 'context switching',
  over: 'over capacity',
};

const LOAD_FLAGS: Partial<Record<CellLoad, string>> = {
  switching: '⇄ switching',
  over: '⚠ over',
};

/**
 * The matrix as SVG: service columns and pool rows with their figures, and in each cell the
 * people placed, its FTE, and its load as a tint, a pattern and a word. The same drawing serves
 * the editor, the exported files and the printed report.
 */
export function MatrixDrawing({ layout, loads, ids, serviceFlags, interaction }: Props) {
  const rowLabels = new Map(layout.rows.map((row) => [row.id, row.label]));
  const serviceNames = new Map(
    layout.columns.map((column) => [column.service.id, column.service.name]),
  );
  const sticky = (edge: 'top' | 'left') => (interaction !== null ? edge : undefined);
  const selectedColumn = layout.columns.find(
    (column) => column.service.id === interaction?.selectedServiceId,
  );
  return (
    <>
      <ChartDefs ids={ids} />
      <g className="org-matrix-cells">
        {layout.cells.map((cell) => {
          const selectedKey =
            interaction?.selectedKey &&
            cell.chips.some((chip) => chip.key === interaction.selectedKey)
              ? interaction.selectedKey
              : null;
          const active = interaction?.activeCellId === cell.id;
          const selected = interaction?.selectedCellId === cell.id;
          // Far off screen: not drawn until the view comes near (the headers stay whole).
          if (
            interaction !== null &&
            !active &&
            !selected &&
            selectedKey === null &&
            !overlaps(cell, interaction.region) &&
            !cell.chips.some((chip) => chip.personId === interaction.selectedPersonId)
          ) {
            return null;
          }
          return (
            <MatrixCellView
              key={cell.id}
              cell={cell}
              label={`${rowLabels.get(cell.rowId) ?? ''}, ${serviceNames.get(cell.serviceId) ?? ''}`}
              loads={loads}
              ids={ids}
              interactive={interaction !== null}
              active={active}
              selected={selected}
              selectedKey={selectedKey}
              remote={remoteSignature(cell.chips, interaction?.remote, interaction?.remoteNames)}
            />
          );
        })}
      </g>
      {selectedColumn && (
        <rect
          className="org-column-selected"
          x={selectedColumn.x}
          y={0}
          width={selectedColumn.width}
          height={layout.height}
        />
      )}
      {/* Drawn over the cells: in the editor they stay at the frame's edges as it pans. */}
      <g className="org-matrix-row-headers" data-sticky={sticky('left')}>
        {layout.rows.map((row) => (
          <g
            key={row.id}
            className="org-row-header"
            data-row-id={row.id}
            transform={`translate(0,${row.y})`}
          >
            <title>{row.label}</title>
            <rect className="org-header-box" width={ROW_HEADER_WIDTH} height={row.height} />
            <text className="org-heading" x={CELL_PADDING} y={22}>
              {fitText(row.label, ROW_HEADER_WIDTH - 2 * CELL_PADDING, HEADING_SIZE)}
            </text>
            <text className="org-figures" x={CELL_PADDING} y={40}>
              {`${row.people} ${row.people === 1 ? 'person' : 'people'} · ${fte(row.total)}`}
            </text>
          </g>
        ))}
      </g>
      <g className="org-matrix-column-headers" data-sticky={sticky('top')}>
        {layout.columns.map((column) => {
          const flag = serviceFlags.get(column.service.id);
          return (
            <g
              key={column.service.id}
              className="org-column-header"
              data-service-id={column.service.id}
              transform={`translate(${column.x},0)`}
            >
              <title>{column.service.name}</title>
              <rect className="org-header-box" width={column.width} height={COLUMN_HEADER_HEIGHT} />
              <text className="org-heading" x={CELL_PADDING} y={22}>
                {fitText(column.service.name, column.width - 2 * CELL_PADDING, HEADING_SIZE)}
              </text>
              <text className="org-figures" x={CELL_PADDING} y={40}>
                {`${fte(column.total)} · ${column.people} ${column.people === 1 ? 'person' : 'people'}`}
              </text>
              {flag && (
                <text className="org-header-flag" x={CELL_PADDING} y={57}>
                  {fitText(flag, column.width - 2 * CELL_PADDING, DETAIL_SIZE)}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {interaction !== null && (
        <g data-sticky="corner">
          <rect
            className="org-matrix-corner"
            width={ROW_HEADER_WIDTH}
            height={COLUMN_HEADER_HEIGHT}
          />
        </g>
      )}
    </>
  );
}

function overlaps(box: Box, region: Box): boolean {
  return (
    box.x < region.x + region.width &&
    box.x + box.width > region.x &&
    box.y < region.y + region.height &&
    box.y + box.height > region.y
  );
}

interface CellProps {
  cell: MatrixCell;
  label: string;
  loads: ReadonlyMap<string, ChipLoad>;
  ids: PatternIds;
  interactive: boolean;
  active: boolean;
  selected: boolean;
  selectedKey: string | null;
  remote: string;
}

/** One cell; redrawn only when what it shows changes (its signature), not on every edit. */
const MatrixCellView = memo(
  function MatrixCellView({
    cell,
    label,
    loads,
    ids,
    interactive,
    active,
    selected,
    selectedKey,
    remote,
  }: CellProps) {
    const people = new Set(cell.chips.map((chip) => chip.personId)).size;
    const figures =
      cell.chips.length === 0
        ? '—'
        : `${fte(cell.total)} · ${people} ${people === 1 ? 'person' : 'people'}`;
    const flag = LOAD_FLAGS[cell.load];
    const pattern =
      cell.load === 'over' ? ids.over : cell.load === 'switching' ? ids.switching : null;
    return (
      <g
        className={`org-cell load-${cell.load}${selected ? ' is-selected' : ''}`}
        data-cell-id={cell.id}
      >
        <g
          className="org-cell-target"
          data-drop-target={interactive ? cell.id : undefined}
          role={interactive ? 'button' : undefined}
          tabIndex={interactive ? (active ? 0 : -1) : undefined}
          aria-label={
            interactive
              ? `${label}: ${figures === '—' ? 'nobody placed' : figures}, ${LOAD_WORDS[cell.load]}`
              : undefined
          }
        >
          <rect
            className="org-cell-box"
            x={cell.x}
            y={cell.y}
            width={cell.width}
            height={cell.height}
          />
          {pattern && (
            <rect
              className="org-cell-pattern"
              x={cell.x}
              y={cell.y}
              width={cell.width}
              height={cell.height}
              fill={`url(#${pattern})`}
            />
          )}
          <text
            className="org-figures"
            x={cell.x + CELL_PADDING}
            y={cell.y + CELL_PADDING + FIGURES_HEIGHT / 2 + 4}
          >
            {figures}
          </text>
          {flag && (
            <text
              className="org-cell-flag"
              x={cell.x + cell.width - CELL_PADDING}
              y={cell.y + CELL_PADDING + FIGURES_HEIGHT / 2 + 4}
              textAnchor="end"
            >
              {flag}
            </text>
          )}
        </g>
        <ChipViews
          chips={cell.chips}
          loads={loads}
          interactive={interactive}
          focusable={active}
          selectedKey={selectedKey}
          remote={remote}
        />
      </g>
    );
  },
  (before, after) =>
    before.cell.signature === after.cell.signature &&
    before.label === after.label &&
    before.interactive === after.interactive &&
    before.active === after.active &&
    before.selected === after.selected &&
    before.selectedKey === after.selectedKey &&
    before.remote === after.remote &&
    before.ids === after.ids,
);
