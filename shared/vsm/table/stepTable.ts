import { validateNewStep, type NewStep, type StepFields } from '../stepChanges';
import { orderedSteps } from '../stepLookup';
import type { TimeConventions, TimeUnit, ValueStreamMapDoc } from '../ValueStreamMapDoc';
import { DEFAULT_TIME_CONVENTIONS } from '../ValueStreamMapDoc';
import { VsmValidationError } from '../VsmValidationError';
import { formatCell, parseDelimited } from '../../table/delimitedText';
import { guardFormula, unguardFormula } from '../../table/formulaGuard';
import { CellError, parseDurationCell, parseNumberCell, parseUnitWord } from './durationCell';

type Column =
  | 'name'
  | 'role'
  | 'processTime'
  | 'processTimeUnit'
  | 'leadTime'
  | 'leadTimeUnit'
  | 'wait'
  | 'waitUnit'
  | 'completeAndAccurate'
  | 'people'
  | 'uptime'
  | 'changeoverTime'
  | 'changeoverTimeUnit'
  | 'batchSize'
  | 'queueSize'
  | 'notes';

/** Header names people use, lower-cased without spaces, punctuation or a "(unit)" suffix. */
const HEADER_NAMES: Record<string, Column> = {
  name: 'name',
  step: 'name',
  stepname: 'name',
  role: 'role',
  who: 'role',
  pt: 'processTime',
  processtime: 'processTime',
  ptunit: 'processTimeUnit',
  processtimeunit: 'processTimeUnit',
  lt: 'leadTime',
  leadtime: 'leadTime',
  ltunit: 'leadTimeUnit',
  leadtimeunit: 'leadTimeUnit',
  wait: 'wait',
  waittime: 'wait',
  waitunit: 'waitUnit',
  waittimeunit: 'waitUnit',
  'c&a': 'completeAndAccurate',
  ca: 'completeAndAccurate',
  'complete&accurate': 'completeAndAccurate',
  completeandaccurate: 'completeAndAccurate',
  people: 'people',
  staff: 'people',
  uptime: 'uptime',
  changeover: 'changeoverTime',
  changeovertime: 'changeoverTime',
  changeoverunit: 'changeoverTimeUnit',
  changeovertimeunit: 'changeoverTimeUnit',
  batch: 'batchSize',
  batchsize: 'batchSize',
  queue: 'queueSize',
  queuesize: 'queueSize',
  inventory: 'queueSize',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
};

/** Column order of a paste without a header row. */
const DEFAULT_COLUMNS: Column[] = [
  'name',
  'role',
  'processTime',
  'leadTime',
  'completeAndAccurate',
  'people',
  'notes',
];

const EXPORT_HEADER = [
  'Name',
  'Role',
  'PT',
  'PT unit',
  'LT',
  'LT unit',
  '%C&A',
  'People',
  'Uptime %',
  'Changeover',
  'Changeover unit',
  'Batch size',
  'Queue size',
  'Notes',
];

export interface StepRowsOptions {
  /** Unit of a bare number with no unit column (normally the map's display unit). */
  defaultUnit?: TimeUnit;
  /** To check process time against lead time (normally the map's conventions). */
  conventions?: TimeConventions;
}

export interface StepRowError {
  /** Line of the text where the row starts (1-based). */
  line: number;
  message: string;
}

export interface ParsedStepRows {
  /** Valid rows, ready for `addStep`, in the order given. */
  rows: StepFields[];
  errors: StepRowError[];
}

/**
 * Reads steps pasted from a spreadsheet (TSV) or imported from CSV. The header row is optional
 * and recognised by its names (Name, Role, PT, PT unit, LT, LT unit or Wait, %C&A, People, …);
 * without one the columns are Name, Role, PT, LT, %C&A, People, Notes. Times may carry units
 * ("2 h", "30 min", "1.5d"). Valid rows are kept; each bad row is reported with its line and
 * the same message the step editor would show.
 */
export function parseStepRows(
  text: string,
  format: 'tsv' | 'csv',
  options: StepRowsOptions = {},
): ParsedStepRows {
  const conventions = options.conventions ?? DEFAULT_TIME_CONVENTIONS;
  const defaultUnit = options.defaultUnit ?? conventions.displayUnit;
  const { records, unclosedQuoteLine } = parseDelimited(text, format === 'csv' ? ',' : '\t');
  const errors: StepRowError[] = [];
  const rows: StepFields[] = [];

  const header = records[0] ? readHeader(records[0].cells) : null;
  const columns = header?.columns ?? DEFAULT_COLUMNS;
  const headerUnits = header?.units ?? new Map<Column, TimeUnit>();
  if (header && records[0]) {
    for (const name of header.unknown) {
      errors.push({
        line: records[0].line,
        message: `Column “${name}” is not recognised and is ignored`,
      });
    }
  }

  for (const record of header ? records.slice(1) : records) {
    try {
      const input = readRow(record.cells, columns, headerUnits, defaultUnit);
      rows.push(validateNewStep(input, conventions));
    } catch (error) {
      if (!(error instanceof CellError || error instanceof VsmValidationError)) throw error;
      errors.push({ line: record.line, message: error.message });
    }
  }
  if (unclosedQuoteLine !== null) {
    errors.push({
      line: unclosedQuoteLine,
      message: 'A quoted cell is never closed, so this row and the rest of the text are skipped',
    });
  }
  return { rows, errors };
}

/** The map's steps as CSV in flow order; `parseStepRows(csv, 'csv')` reads it back. */
export function stepsToCsv(map: ValueStreamMapDoc): string {
  const lines = [EXPORT_HEADER.map((cell) => formatCell(cell, ',')).join(',')];
  for (const step of orderedSteps(map)) {
    const cells = [
      guardFormula(step.name),
      guardFormula(step.role),
      String(step.processTime.value),
      step.processTime.unit,
      String(step.leadTime.value),
      step.leadTime.unit,
      String(step.completeAndAccurate),
      String(step.people),
      optionalNumber(step.uptime),
      optionalNumber(step.changeoverTime?.value),
      step.changeoverTime?.unit ?? '',
      optionalNumber(step.batchSize),
      optionalNumber(step.queueSize),
      guardFormula(step.notes),
    ];
    lines.push(cells.map((cell) => formatCell(cell, ',')).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function readHeader(
  cells: string[],
): { columns: (Column | null)[]; units: Map<Column, TimeUnit>; unknown: string[] } | null {
  const columns: (Column | null)[] = [];
  const units = new Map<Column, TimeUnit>();
  const unknown: string[] = [];
  for (const cell of cells) {
    const unitHint = /\(([^)]*)\)\s*$/.exec(cell);
    const key = cell
      .replace(/\([^)]*\)\s*$/, '')
      .toLowerCase()
      .replace(/[\s%_.:/-]/g, '');
    const column = HEADER_NAMES[key] ?? null;
    columns.push(column);
    if (column && unitHint) {
      const unit = parseUnitWord(unitHint[1]!);
      if (unit) units.set(column, unit);
    }
    if (!column && cell.trim() !== '') unknown.push(cell.trim());
  }
  const recognised = columns.filter((column) => column !== null).length;
  // A data row rarely has two cells that are also column names; a header nearly always does.
  return recognised >= 2 || (recognised === 1 && cells.length === 1)
    ? { columns, units, unknown }
    : null;
}

function readRow(
  cells: string[],
  columns: (Column | null)[],
  headerUnits: Map<Column, TimeUnit>,
  defaultUnit: TimeUnit,
): NewStep {
  const cellOf = (column: Column): string => {
    const index = columns.indexOf(column);
    return index === -1 ? '' : (cells[index] ?? '');
  };
  const unitOf = (column: Column, unitColumn: Column | null): TimeUnit => {
    const written = unitColumn ? cellOf(unitColumn).trim() : '';
    if (written !== '') {
      const unit = parseUnitWord(written);
      if (!unit)
        throw new CellError(`Unit “${written}” is not one of minutes, hours, days or weeks`);
      return unit;
    }
    return headerUnits.get(column) ?? defaultUnit;
  };
  const time = (column: Column, unitColumn: Column | null, label: string) =>
    parseDurationCell(cellOf(column), label, unitOf(column, unitColumn));

  const input: NewStep = {
    name: unguardFormula(cellOf('name')),
    role: unguardFormula(cellOf('role')),
  };
  const processTime = time('processTime', 'processTimeUnit', 'Process time');
  if (processTime) input.processTime = processTime;
  const leadTime = time('leadTime', 'leadTimeUnit', 'Lead time');
  const wait = time('wait', 'waitUnit', 'Wait');
  if (leadTime) input.leadTime = leadTime;
  else if (wait) input.wait = wait;
  const numbers = [
    ['completeAndAccurate', '%C&A'],
    ['people', 'People'],
    ['uptime', 'Uptime'],
    ['batchSize', 'Batch size'],
    ['queueSize', 'Queue size'],
  ] as const;
  for (const [column, label] of numbers) {
    const value = parseNumberCell(cellOf(column), label);
    if (value !== undefined) input[column] = value;
  }
  const changeover = time('changeoverTime', 'changeoverTimeUnit', 'Changeover time');
  if (changeover) input.changeoverTime = changeover;
  const notes = cellOf('notes');
  if (notes !== '') input.notes = unguardFormula(notes);
  return input;
}

function optionalNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
