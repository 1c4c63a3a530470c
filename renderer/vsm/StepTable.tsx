import type { DocHandle } from '@automerge/automerge-repo/slim';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type ClipboardEvent } from 'react';
import {
  displayDuration,
  formatDisplayDuration,
  formatDisplayNumber,
  formatDuration,
  formatNumber,
  orderedSteps,
  stepTimeFields,
  timeConflict,
  toMinutes,
  UNIT_SYMBOLS,
  typedTimePatch,
  updateStep,
  type Step,
  type StepPatch,
  type StepTimeFields,
  type TimeField,
  type TimeConventions,
  type ValueStreamMapDoc,
  type VsmMetricsResult,
} from '../../shared/vsm';
import { CellError, parseDurationCell } from '../../shared/vsm/table/durationCell';
import { parseNumberInput } from './fields/parseNumberInput';
import { ValidatedInput } from './fields/ValidatedInput';
import { addStepRows, type RowsReport } from './addStepRows';
import { StepRowsImport } from './StepRowsImport';
import { tryMapChange } from './tryMapChange';

interface Props {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  metrics: VsmMetricsResult;
  selectedStepId: string | null;
  onSelectStep: (stepId: string) => void;
  remoteSelections?: { stepId: string; color: string; name: string }[];
}

interface Row {
  step: Step;
  index: number;
  times: StepTimeFields;
  /** Why the typed times disagree, if they do. */
  conflict: string | null;
  /** What the stream's visual controls say of this step, in words. */
  flags: Partial<Record<'wait' | 'ca', string>>;
}

/** A visual control on a figure, in words as well as in red. */
function Flag({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <span className="cell-flag" role="img" aria-label={text} title={text}>
      ⚠
    </span>
  );
}

/** The map's steps as an editable table: the same document as the map, another view of it. */
export function StepTable({
  handle,
  map,
  metrics,
  selectedStepId,
  onSelectStep,
  remoteSelections = [],
}: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [report, setReport] = useState<RowsReport | null>(null);
  const rows = useMemo<Row[]>(
    () =>
      orderedSteps(map).map((step, index) => ({
        step,
        index,
        times: stepTimeFields(step, map.timeConventions),
        conflict: timeConflict(step, map.timeConventions),
        flags: {
          wait:
            metrics.ok && metrics.biggestWaitStepId === step.id
              ? 'Longest wait in the stream'
              : undefined,
          ca:
            metrics.ok && metrics.worstCompleteAccurateStepId === step.id
              ? 'Lowest %C&A in the stream'
              : undefined,
        },
      })),
    [map, metrics],
  );
  const conventions = map.timeConventions;

  // Stable column definitions: a new cell renderer each render would remount every input
  // (losing focus and what is being typed).
  const columns = useMemo(() => stepColumns(handle, conventions), [handle, conventions]);

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.step.id,
  });

  const onPaste = (event: ClipboardEvent) => {
    const text = event.clipboardData.getData('text/plain');
    // One value goes into the focused cell as usual; rows of a spreadsheet become steps.
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    setReport(addStepRows(handle, map, text, 'tsv'));
  };

  const unit = metrics.ok ? UNIT_SYMBOLS[metrics.unit] : '';
  const totalPeople = map.steps.reduce((sum, step) => sum + step.people, 0);
  return (
    <div className="step-table-view" onPaste={onPaste}>
      <StepRowsImport handle={handle} map={map} report={report} onReport={setReport} />
      <div className="table-scroll">
        <table className="step-table" aria-label="Steps">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className="th-sort"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const here = remoteSelections.filter((selection) => selection.stepId === row.id);
              const alarm =
                metrics.ok &&
                (metrics.biggestWaitStepId === row.id ||
                  metrics.worstCompleteAccurateStepId === row.id);
              return (
                <tr
                  key={row.id}
                  className={[
                    row.id === selectedStepId ? 'selected' : '',
                    alarm ? 'alarm' : '',
                  ].join(' ')}
                  style={here[0] ? { outline: `2px solid ${here[0].color}` } : undefined}
                  onFocus={() => row.id !== selectedStepId && onSelectStep(row.id)}
                  onClick={() => row.id !== selectedStepId && onSelectStep(row.id)}
                  aria-selected={row.id === selectedStepId}
                >
                  {row.getVisibleCells().map((cell, index) => (
                    <td key={cell.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      {index === 0 && here.length > 0 && <RemoteTags people={here} />}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          {metrics.ok && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Critical path totals
                </th>
                <td data-total="pt">{`${formatDisplayNumber(metrics.processTime)} ${unit}`}</td>
                <td data-total="lt">{`${formatDisplayNumber(metrics.leadTime)} ${unit}`}</td>
                <td data-total="wait">{`${formatDisplayNumber(metrics.totalWait)} ${unit}`}</td>
                <td data-total="ca">
                  {metrics.rolledCompleteAndAccurate === null
                    ? '—'
                    : `${formatNumber(metrics.rolledCompleteAndAccurate)} % rolled`}
                </td>
                <td data-total="people">{totalPeople}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}

/** Who else has this row's step selected: their names on the row's edge, as on the map. */
function RemoteTags({ people }: { people: { color: string; name: string }[] }) {
  return (
    <span className="remote-tags">
      {people.map((person, index) => (
        <span key={index} style={{ background: person.color }}>
          {person.name}
        </span>
      ))}
    </span>
  );
}

const CALCULATED_TITLES: Partial<Record<TimeField, string>> = {
  leadTime: 'Calculated: process time + the wait typed',
  wait: 'Calculated: the lead time typed − process time',
};

function stepColumns(
  handle: DocHandle<ValueStreamMapDoc>,
  conventions: TimeConventions,
): ColumnDef<Row>[] {
  const edit = (step: Step, patch: StepPatch, field: string) =>
    tryMapChange(handle, (draft) => updateStep(draft, step.id, patch), `step:${step.id}:${field}`);

  const durationCell = (label: string, field: TimeField, group: string) =>
    ({
      id: group,
      header: label,
      accessorFn: (row: Row) => toMinutes(row.times[field], conventions),
      cell: ({ row }) => {
        const { step, times, conflict } = row.original;
        const calculated = times.calculated === field;
        return (
          <>
            <ValidatedInput
              label={`${label} of ${step.name}`}
              hideLabel
              className={calculated ? 'calculated' : undefined}
              title={
                calculated
                  ? `${CALCULATED_TITLES[field]}: ${formatDuration(times[field])}`
                  : `${formatDuration(times[field])} as typed`
              }
              value={formatDisplayDuration(displayDuration(times[field], conventions))}
              editValue={formatDuration(times[field])}
              onEdit={(text) => {
                try {
                  const value = parseDurationCell(text, label, times[field].unit);
                  if (!value) return `${label} is required`;
                  return edit(step, typedTimePatch(field, value), group);
                } catch (error) {
                  if (error instanceof CellError) return error.message;
                  throw error;
                }
              }}
            />
            {field === 'processTime' && <Flag text={conflict ?? undefined} />}
            {field === 'wait' && <Flag text={row.original.flags.wait} />}
          </>
        );
      },
    }) satisfies ColumnDef<Row>;

  const numberCell = (
    label: string,
    get: (step: Step) => number,
    patch: (value: number) => StepPatch,
    field: 'ca' | 'people',
  ) =>
    ({
      id: field,
      header: label,
      accessorFn: (row: Row) => get(row.step),
      cell: ({ row }) => (
        <>
          <ValidatedInput
            label={`${label} of ${row.original.step.name}`}
            hideLabel
            inputMode="decimal"
            value={formatNumber(get(row.original.step))}
            onEdit={(text) => {
              const value = parseNumberInput(text, label);
              return typeof value === 'string'
                ? value
                : edit(row.original.step, patch(value), field);
            }}
          />
          {field === 'ca' && <Flag text={row.original.flags.ca} />}
        </>
      ),
    }) satisfies ColumnDef<Row>;

  return [
    {
      id: 'order',
      header: '#',
      accessorFn: (row) => row.index,
      cell: ({ row }) => row.original.index + 1,
    },
    {
      id: 'name',
      header: 'Step',
      accessorFn: (row) => row.step.name.toLocaleLowerCase(),
      cell: ({ row }) => (
        <ValidatedInput
          label={`Name of step ${row.original.index + 1}`}
          wraps
          hideLabel
          value={row.original.step.name}
          onEdit={(name) => edit(row.original.step, { name }, 'name')}
        />
      ),
    },
    {
      id: 'role',
      header: 'Team / role',
      accessorFn: (row) => row.step.role.toLocaleLowerCase(),
      cell: ({ row }) => (
        <ValidatedInput
          label={`Role of ${row.original.step.name}`}
          wraps
          hideLabel
          value={row.original.step.role}
          onEdit={(role) => edit(row.original.step, { role }, 'role')}
        />
      ),
    },
    durationCell('PT', 'processTime', 'pt'),
    durationCell('LT', 'leadTime', 'lt'),
    durationCell('Wait', 'wait', 'wait'),
    numberCell(
      '%C&A',
      (step) => step.completeAndAccurate,
      (completeAndAccurate) => ({ completeAndAccurate }),
      'ca',
    ),
    numberCell(
      'People',
      (step) => step.people,
      (people) => ({ people }),
      'people',
    ),
  ];
}
