import type { DocHandle } from '@automerge/automerge-repo/slim';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { orderedPeople, orderedPools } from '../../../shared/org/orgLookup';
import type { OrgDesignDoc, Person, Pool } from '../../../shared/org/OrgDesignDoc';
import { updatePerson, type PersonPatch } from '../../../shared/org/personChanges';
import type { ScenarioModel } from '../../../shared/org/scenarioModel';
import { parseNumberInput } from '../../documents/fields/parseNumberInput';
import { ValidatedInput } from '../../documents/fields/ValidatedInput';
import { percent, type ChipLoad } from '../chart/personLoad';
import { parseExperience } from '../Inspector';
import type { OrgSelection } from '../orgSelection';
import { tryOrgChange } from '../tryOrgChange';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  model: ScenarioModel;
  loads: ReadonlyMap<string, ChipLoad>;
  selection: OrgSelection | null;
  onSelect(selection: OrgSelection): void;
  onDeletePerson(personId: string): void;
  report(message: string): void;
  /** Rows above the table: paste, import and export. */
  tools?: ReactNode;
}

interface Row {
  person: Person;
  total: number;
  load: ChipLoad | undefined;
  services: string;
  roles: string;
}

/**
 * Everyone in the design, one row each: their own fields edited in place, and what the current
 * scenario gives them — total allocation, services (the matrix's teams) and roles.
 */
export function PeopleTable(props: Props) {
  const { handle, design, model, loads } = props;
  const [sorting, setSorting] = useState<SortingState>([]);
  const rows = useMemo<Row[]>(
    () =>
      orderedPeople(design).map((person) => {
        const placements = model.byPerson.get(person.id)?.placements ?? [];
        return {
          person,
          total: model.byPerson.get(person.id)?.allocation ?? 0,
          load: loads.get(person.id),
          services: [
            ...new Set(placements.map((p) => p.service?.name ?? model.scenario.name)),
          ].join(', '),
          roles: [...new Set(placements.map((p) => p.role.name))].join(', '),
        };
      }),
    [design, model, loads],
  );
  // Stable columns: new cell renderers each render would remount every input, losing focus.
  // Cells read the pools and callbacks of the latest render through this.
  const latest = useRef<ColumnContext>({ pools: [], onDelete: () => {}, report: () => {} });
  latest.current = {
    pools: orderedPools(design),
    onDelete: props.onDeletePerson,
    report: props.report,
  };
  const columns = useMemo(() => peopleColumns(handle, latest), [handle]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.person.id,
  });
  const selectedId =
    props.selection?.kind === 'person' || props.selection?.kind === 'placement'
      ? props.selection.personId
      : null;

  return (
    <div className="org-people-view">
      {props.tools}
      {rows.length === 0 ? (
        <div className="org-empty">
          <h2>No people yet</h2>
          <p>Add a person (Alt+N), paste rows from a spreadsheet, or import a CSV file.</p>
        </div>
      ) : (
        <div
          className="org-table-scroll"
          tabIndex={0}
          role="region"
          aria-label="People, scrollable"
        >
          <table className="org-people-table" aria-label="People">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const sortable = header.column.getCanSort();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={
                          sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : undefined
                        }
                      >
                        {sortable ? (
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
                        ) : (
                          flexRender(header.column.columnDef.header, header.getContext())
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className={row.id === selectedId ? 'is-selected' : undefined}
                  aria-selected={row.id === selectedId}
                  onFocus={() =>
                    row.id !== selectedId && props.onSelect({ kind: 'person', personId: row.id })
                  }
                  onClick={() =>
                    row.id !== selectedId && props.onSelect({ kind: 'person', personId: row.id })
                  }
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} data-column={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

interface ColumnContext {
  pools: readonly Pool[];
  onDelete(personId: string): void;
  report(message: string): void;
}

function peopleColumns(
  handle: DocHandle<OrgDesignDoc>,
  latest: RefObject<ColumnContext>,
): ColumnDef<Row>[] {
  const edit = (person: Person, patch: PersonPatch, field: string) =>
    tryOrgChange(
      handle,
      (doc) => updatePerson(doc, person.id, patch),
      `person:${person.id}:${field}`,
    );
  return [
    {
      id: 'name',
      header: 'Name',
      accessorFn: (row) => row.person.name.toLowerCase(),
      cell: ({ row }) => (
        <ValidatedInput
          label={`Name of ${row.original.person.name}`}
          hideLabel
          wraps
          value={row.original.person.name}
          onEdit={(name) => edit(row.original.person, { name }, 'name')}
        />
      ),
    },
    {
      id: 'pool',
      header: 'Pool',
      accessorFn: (row) =>
        latest.current.pools.find((pool) => pool.id === row.person.poolId)?.name ?? '',
      cell: ({ row }) => {
        const { pools, report } = latest.current;
        const person = row.original.person;
        const current =
          person.poolId !== undefined && pools.some((pool) => pool.id === person.poolId)
            ? person.poolId
            : '';
        return (
          <select
            aria-label={`Pool of ${person.name}`}
            value={current}
            onChange={(event) => {
              const refusal = edit(person, { poolId: event.target.value || null }, 'pool');
              if (refusal) report(refusal);
            }}
          >
            <option value="">No pool</option>
            {pools.map((pool) => (
              <option key={pool.id} value={pool.id}>
                {pool.name}
              </option>
            ))}
          </select>
        );
      },
    },
    {
      id: 'capacity',
      header: 'FTE',
      accessorFn: (row) => row.person.capacity,
      cell: ({ row }) => (
        <ValidatedInput
          label={`Capacity of ${row.original.person.name}`}
          hideLabel
          inputMode="decimal"
          className="number-field"
          value={String(row.original.person.capacity)}
          onEdit={(text) => {
            const value = parseNumberInput(text, 'Capacity');
            return typeof value === 'string'
              ? value
              : edit(row.original.person, { capacity: value }, 'capacity');
          }}
        />
      ),
    },
    {
      id: 'experience',
      header: 'Experience',
      accessorFn: (row) => row.person.experience.join(', ').toLowerCase(),
      cell: ({ row }) => (
        <ValidatedInput
          label={`Experience of ${row.original.person.name}`}
          hideLabel
          wraps
          value={row.original.person.experience.join(', ')}
          onEdit={(text) =>
            edit(row.original.person, { experience: parseExperience(text) }, 'experience')
          }
        />
      ),
    },
    {
      id: 'cost',
      header: 'Cost per FTE-year',
      accessorFn: (row) => row.person.costPerFteYear ?? -1,
      cell: ({ row }) => (
        <ValidatedInput
          label={`Cost per FTE-year of ${row.original.person.name}`}
          hideLabel
          inputMode="decimal"
          className="number-field"
          placeholder="—"
          value={
            row.original.person.costPerFteYear === undefined
              ? ''
              : String(row.original.person.costPerFteYear)
          }
          onEdit={(text) => {
            if (text.trim() === '')
              return edit(row.original.person, { costPerFteYear: null }, 'cost');
            const value = parseNumberInput(text, 'Cost per FTE-year');
            return typeof value === 'string'
              ? value
              : edit(row.original.person, { costPerFteYear: value }, 'cost');
          }}
        />
      ),
    },
    {
      id: 'location',
      header: 'Location',
      accessorFn: (row) => (row.person.location ?? '').toLowerCase(),
      cell: ({ row }) => (
        <ValidatedInput
          label={`Location of ${row.original.person.name}`}
          hideLabel
          wraps
          value={row.original.person.location ?? ''}
          onEdit={(location) =>
            edit(
              row.original.person,
              { location: location.trim() === '' ? null : location },
              'location',
            )
          }
        />
      ),
    },
    {
      id: 'allocation',
      header: 'Allocated',
      accessorFn: (row) => row.total,
      cell: ({ row }) => {
        const { total, load, person } = row.original;
        const over = load?.status === 'over';
        return (
          <span className={over ? 'org-over' : undefined}>
            {over && <span aria-hidden="true">⚠ </span>}
            {percent(total)} of {percent(person.capacity * 100)}
            {over && <span className="visually-hidden"> — over capacity</span>}
          </span>
        );
      },
    },
    {
      id: 'services',
      header: 'Teams',
      accessorFn: (row) => row.services.toLowerCase(),
      cell: ({ row }) => row.original.services || <span className="org-muted">not placed</span>,
    },
    {
      id: 'roles',
      header: 'Roles',
      accessorFn: (row) => row.roles.toLowerCase(),
      cell: ({ row }) => row.original.roles || '—',
    },
    {
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <button
          type="button"
          className="danger"
          aria-label={`Delete ${row.original.person.name}`}
          onClick={() => latest.current.onDelete(row.original.person.id)}
        >
          Delete
        </button>
      ),
    },
  ];
}
