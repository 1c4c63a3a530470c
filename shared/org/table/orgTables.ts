import { formatCell, parseDelimited, type DelimitedRecord } from '../../table/delimitedText';
import { guardFormula, unguardFormula } from '../../table/formulaGuard';
import { CellError, parseNumberCell } from '../../table/numberCell';
import { randomId, type IdFactory } from '../ids';
import type { OrgDesignDoc, Role, Scenario } from '../OrgDesignDoc';
import {
  findByName,
  orderedPeople,
  orderedRoles,
  orderedServices,
  requireScenario,
  sameName,
} from '../orgLookup';
import { OrgValidationError } from '../OrgValidationError';
import { addPeople, validateNewPerson, type NewPerson, type PersonFields } from '../personChanges';
import { placeMany, type NewPlacement } from '../placementChanges';
import { placementKey } from '../placementKey';
import { isBuiltInRole, ROLE_ALIASES, roleWords } from '../roleCatalogue';

export type TableFormat = 'csv' | 'tsv';

/** Why a row of an imported table cannot be used; `line` is where the row starts (1-based). */
export interface TableRowError {
  table: 'people' | 'placements';
  line: number;
  message: string;
}

/** A placement as read from a table: the person by name, who may be new in the same import. */
export interface PlacementRow {
  line: number;
  personName: string;
  serviceId?: string;
  roleId: string;
  allocation?: number;
}

export interface OrgTables {
  people: PersonFields[];
  placements: PlacementRow[];
  errors: TableRowError[];
  /** Header cells that name no known column; their cells are not read. */
  ignoredColumns: string[];
}

export interface OrgTableTexts {
  /** Name, Experience, Capacity (FTE), Cost per FTE-year, Location, Pool. */
  people?: string;
  /** Person, Service, Role, Allocation %. */
  placements?: string;
}

export interface OrgTableImport {
  errors: TableRowError[];
  ignoredColumns: string[];
  personIds: string[];
  placementKeys: string[];
}

type PeopleColumn = 'name' | 'experience' | 'capacity' | 'cost' | 'location' | 'pool';
type PlacementColumn = 'person' | 'service' | 'role' | 'allocation';

const PEOPLE_HEADERS: Record<string, PeopleColumn> = {
  name: 'name',
  person: 'name',
  fullname: 'name',
  experience: 'experience',
  experiences: 'experience',
  skills: 'experience',
  capacity: 'capacity',
  capacityfte: 'capacity',
  fte: 'capacity',
  cost: 'cost',
  costperfteyear: 'cost',
  rate: 'cost',
  annualcost: 'cost',
  location: 'location',
  site: 'location',
  pool: 'pool',
  functionalpool: 'pool',
};
const PEOPLE_COLUMNS: PeopleColumn[] = [
  'name',
  'experience',
  'capacity',
  'cost',
  'location',
  'pool',
];
const PEOPLE_EXPORT_HEADER = [
  'Name',
  'Experience',
  'Capacity (FTE)',
  'Cost per FTE-year',
  'Location',
  'Pool',
];

const PLACEMENT_HEADERS: Record<string, PlacementColumn> = {
  person: 'person',
  name: 'person',
  service: 'service',
  itservice: 'service',
  role: 'role',
  allocation: 'allocation',
  share: 'allocation',
};
const PLACEMENT_COLUMNS: PlacementColumn[] = ['person', 'service', 'role', 'allocation'];
const PLACEMENT_EXPORT_HEADER = ['Person', 'Service', 'Role', 'Allocation %'];

/** Experiences share one cell, separated by semicolons (commas separate cells). */
const EXPERIENCE_SEPARATOR = ';';

/** The design's people as CSV, by name; {@link readOrgTables} reads it back. */
export function peopleToCsv(design: OrgDesignDoc): string {
  const rows = orderedPeople(design).map((person) => [
    guardFormula(person.name),
    guardFormula(person.experience.join(`${EXPERIENCE_SEPARATOR} `)),
    String(person.capacity),
    person.costPerFteYear === undefined ? '' : String(person.costPerFteYear),
    guardFormula(person.location ?? ''),
    guardFormula(person.poolId === undefined ? '' : (design.pools[person.poolId]?.name ?? '')),
  ]);
  return toCsv(PEOPLE_EXPORT_HEADER, rows);
}

/**
 * One scenario's placements as CSV, by person, then service and role; the service is empty in
 * a flat team. Placements pointing at something deleted are left out.
 */
export function placementsToCsv(design: OrgDesignDoc, scenarioId: string): string {
  const scenario = requireScenario(design, scenarioId);
  const serviceRank = new Map(orderedServices(design).map((service, rank) => [service.id, rank]));
  const roleRank = new Map(orderedRoles(design).map((role, rank) => [role.id, rank]));
  const rows: string[][] = [];
  for (const person of orderedPeople(design)) {
    const own = Object.values(scenario.placements)
      .filter(
        (placement) =>
          placement.personId === person.id &&
          roleRank.has(placement.roleId) &&
          (placement.serviceId === undefined || serviceRank.has(placement.serviceId)),
      )
      .sort(
        (a, b) =>
          (a.serviceId === undefined ? -1 : serviceRank.get(a.serviceId)!) -
            (b.serviceId === undefined ? -1 : serviceRank.get(b.serviceId)!) ||
          roleRank.get(a.roleId)! - roleRank.get(b.roleId)!,
      );
    for (const placement of own) {
      rows.push([
        guardFormula(person.name),
        guardFormula(
          placement.serviceId === undefined ? '' : design.services[placement.serviceId]!.name,
        ),
        guardFormula(design.roles[placement.roleId]!.name),
        String(placement.allocation),
      ]);
    }
  }
  return toCsv(PLACEMENT_EXPORT_HEADER, rows);
}

/**
 * Reads a people table and a placements table (CSV, or TSV pasted from a spreadsheet) for one
 * scenario, without changing anything. Placements may name people already in the design or in
 * the people table. Every row that cannot be used is reported with its line and a sentence:
 * an empty or repeated name, an unknown pool, service or role, a capacity outside 0–1.5 FTE,
 * an allocation outside 0–100 %, a placement given twice.
 */
export function readOrgTables(
  design: OrgDesignDoc,
  scenarioId: string,
  texts: OrgTableTexts,
  format: TableFormat,
): OrgTables {
  const scenario = requireScenario(design, scenarioId);
  const result: OrgTables = { people: [], placements: [], errors: [], ignoredColumns: [] };
  const delimiter = format === 'csv' ? ',' : '\t';

  if (texts.people !== undefined) {
    const table = readTable(texts.people, delimiter, PEOPLE_HEADERS, PEOPLE_COLUMNS);
    result.ignoredColumns.push(...table.ignored);
    const firstLine = new Map<string, number>();
    for (const { record, cell } of table.rows) {
      const fail = (message: string) =>
        result.errors.push({ table: 'people', line: record.line, message });
      try {
        const person = validateNewPerson(design, personInput(design, cell));
        const key = person.name.toLowerCase();
        const earlier = firstLine.get(key);
        if (earlier !== undefined) {
          fail(`“${person.name}” is already on line ${earlier}: each person once`);
          continue;
        }
        firstLine.set(key, record.line);
        result.people.push(person);
      } catch (error) {
        if (!(error instanceof CellError || error instanceof OrgValidationError)) throw error;
        fail(error.message);
      }
    }
    if (table.unclosedQuoteLine !== null) {
      result.errors.push({ table: 'people', line: table.unclosedQuoteLine, message: UNCLOSED });
    }
  }

  if (texts.placements !== undefined) {
    const table = readTable(texts.placements, delimiter, PLACEMENT_HEADERS, PLACEMENT_COLUMNS);
    result.ignoredColumns.push(...table.ignored);
    const capacities = new Map<string, number>();
    for (const person of Object.values(design.people)) {
      capacities.set(person.name.toLowerCase(), person.capacity);
    }
    for (const person of result.people) capacities.set(person.name.toLowerCase(), person.capacity);
    const seen = new Map<string, number>();
    for (const { record, cell } of table.rows) {
      try {
        const row = placementRow(design, scenario, cell, record.line, capacities);
        const key = `${row.personName.toLowerCase()}|${row.serviceId ?? ''}|${row.roleId}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          throw new CellError(`This placement is already on line ${earlier}: each placement once`);
        }
        seen.set(key, record.line);
        result.placements.push(row);
      } catch (error) {
        if (!(error instanceof CellError || error instanceof OrgValidationError)) throw error;
        result.errors.push({ table: 'placements', line: record.line, message: error.message });
      }
    }
    if (table.unclosedQuoteLine !== null) {
      result.errors.push({ table: 'placements', line: table.unclosedQuoteLine, message: UNCLOSED });
    }
  }
  return result;
}

/**
 * Adds the people and places them as the tables say — all of it, or when any row cannot be
 * used, nothing, with every row's problem in `errors`.
 */
export function importOrgTables(
  design: OrgDesignDoc,
  scenarioId: string,
  texts: OrgTableTexts,
  format: TableFormat,
  newId: IdFactory = randomId,
): OrgTableImport {
  const tables = readOrgTables(design, scenarioId, texts, format);
  const outcome: OrgTableImport = {
    errors: tables.errors,
    ignoredColumns: tables.ignoredColumns,
    personIds: [],
    placementKeys: [],
  };
  if (tables.errors.length > 0) return outcome;
  // Read against this very state of the design, so neither call below can refuse.
  outcome.personIds = addPeople(design, tables.people, newId);
  const placements: NewPlacement[] = tables.placements.map((row) => {
    const placement: NewPlacement = {
      personId: findByName(design.people, row.personName)!.id,
      roleId: row.roleId,
    };
    if (row.serviceId !== undefined) placement.serviceId = row.serviceId;
    if (row.allocation !== undefined) placement.allocation = row.allocation;
    return placement;
  });
  outcome.placementKeys = placeMany(design, scenarioId, placements);
  return outcome;
}

const UNCLOSED = 'A quoted cell is never closed, so this row and the rest of the text are skipped';

function personInput(design: OrgDesignDoc, cell: (column: PeopleColumn) => string): NewPerson {
  const input: NewPerson = { name: cell('name') };
  const experience = cell('experience')
    .split(EXPERIENCE_SEPARATOR)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (experience.length > 0) input.experience = experience;
  const capacity = parseNumberCell(cell('capacity'), 'Capacity');
  if (capacity !== undefined) {
    // 10 to 150 reads like a percentage; 5 is more likely a slip.
    if (capacity >= 10 && capacity <= 150) {
      throw new CellError(
        `Capacity is in full-time equivalents: write ${capacity / 100} for ${capacity} %`,
      );
    }
    input.capacity = capacity;
  }
  const cost = parseNumberCell(cell('cost'), 'Cost per FTE-year');
  if (cost !== undefined) input.costPerFteYear = cost;
  const location = cell('location').trim();
  if (location !== '') input.location = location;
  const poolName = cell('pool').trim();
  if (poolName !== '') {
    const pool = findByName(design.pools, poolName);
    if (!pool) {
      throw new CellError(
        `Pool “${poolName}” is not in this design: add it first or correct the name`,
      );
    }
    input.poolId = pool.id;
  }
  return input;
}

function placementRow(
  design: OrgDesignDoc,
  scenario: Scenario,
  cell: (column: PlacementColumn) => string,
  line: number,
  capacities: Map<string, number>,
): PlacementRow {
  const personName = cell('person').trim();
  if (personName === '') throw new CellError('The person cannot be empty');
  if (!capacities.has(personName.toLowerCase())) {
    throw new CellError(`Nobody called “${personName}” is in this design or the people table`);
  }
  const roleName = cell('role').trim();
  if (roleName === '') throw new CellError('The role cannot be empty');
  const role = roleNamed(design, roleName);
  if (!role) {
    throw new CellError(
      `Role “${roleName}” is not in the role catalogue: add it first or correct the name`,
    );
  }
  const row: PlacementRow = { line, personName, roleId: role.id };
  const serviceName = cell('service').trim();
  if (scenario.structure === 'flat') {
    if (serviceName !== '') {
      throw new CellError('In a flat design a placement names no service: leave Service empty');
    }
  } else {
    if (serviceName === '') throw new CellError('In a matrix each placement needs a service');
    const service = findByName(design.services, serviceName);
    if (!service) {
      throw new CellError(
        `Service “${serviceName}” is not in this design: add it first or correct the name`,
      );
    }
    row.serviceId = service.id;
  }
  const allocation = parseNumberCell(cell('allocation'), 'Allocation');
  if (allocation !== undefined) {
    if (!(allocation > 0 && allocation <= 100)) {
      throw new CellError(
        'Allocation must be more than 0 % and at most 100 % (one full-time person)',
      );
    }
    row.allocation = allocation;
  }
  const existing = findByName(design.people, personName);
  if (existing) {
    const key = placementKey({ personId: existing.id, serviceId: row.serviceId, roleId: role.id });
    if (Object.hasOwn(scenario.placements, key)) {
      const where = row.serviceId === undefined ? '' : ` on ${serviceName}`;
      throw new CellError(`${existing.name} is already ${role.name}${where} in this scenario`);
    }
  }
  return row;
}

/** A role by its name, or for the white paper's roles also by a usual other name. */
function roleNamed(design: OrgDesignDoc, name: string): Role | undefined {
  const words = roleWords(name);
  return orderedRoles(design).find(
    (role) =>
      sameName(role.name, name) ||
      roleWords(role.name) === words ||
      (isBuiltInRole(role.id) && ROLE_ALIASES[role.id].includes(words)),
  );
}

function readTable<C extends string>(
  text: string,
  delimiter: ',' | '\t',
  headers: Record<string, C>,
  defaults: C[],
): {
  rows: { record: DelimitedRecord; cell: (column: C) => string }[];
  ignored: string[];
  unclosedQuoteLine: number | null;
} {
  const { records, unclosedQuoteLine } = parseDelimited(text, delimiter);
  const first = records[0];
  const named = first?.cells.map((cell) => headers[headerWords(cell)] ?? null) ?? [];
  const isHeader = named.filter((column) => column !== null).length >= 2;
  const columns = isHeader ? named : defaults;
  const ignored = isHeader
    ? first!.cells
        .filter((cell, i) => named[i] === null && cell.trim() !== '')
        .map((cell) => cell.trim())
    : [];
  const rows = (isHeader ? records.slice(1) : records).map((record) => ({
    record,
    cell: (column: C) => {
      const index = columns.indexOf(column);
      return index === -1 ? '' : unguardFormula(record.cells[index] ?? '');
    },
  }));
  return { rows, ignored, unclosedQuoteLine };
}

/** A header as people write it, lower-cased without spaces, punctuation, "%" or "(FTE)". */
function headerWords(cell: string): string {
  return cell
    .replace(/\([^)]*\)\s*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function toCsv(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => cells.map((cell) => formatCell(cell, ',')).join(',');
  return [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
