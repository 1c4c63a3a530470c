import type { DocHandle } from '@automerge/automerge-repo/slim';
import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { OrgValidationError } from '../../../shared/org/OrgValidationError';
import {
  importOrgTables,
  readOrgTables,
  type OrgTableTexts,
  type TableFormat,
  type TableRowError,
} from '../../../shared/org/table/orgTables';
import { tryOrgChange } from '../tryOrgChange';

/** Which table a text holds: people, or one scenario's placements. */
export type OrgTableKind = 'people' | 'placements';

export interface RowsReport {
  table: OrgTableKind;
  added: number;
  errors: TableRowError[];
  ignoredColumns: string[];
}

/**
 * Adds the rows of pasted or imported text — people, or placements in the scenario — in one
 * undo step, or nothing at all when any row cannot be used: the report then names every bad
 * row by its line. The rows are read before anything is changed, so a refused import leaves no
 * trace, not even an empty undo step.
 */
export function addOrgRows(
  handle: DocHandle<OrgDesignDoc>,
  scenarioId: string,
  table: OrgTableKind,
  text: string,
  format: TableFormat,
): RowsReport {
  const texts: OrgTableTexts = table === 'people' ? { people: text } : { placements: text };
  const read = readOrgTables(handle.doc(), scenarioId, texts, format);
  const rows = table === 'people' ? read.people.length : read.placements.length;
  const report: RowsReport = {
    table,
    added: 0,
    errors: read.errors,
    ignoredColumns: read.ignoredColumns,
  };
  if (read.errors.length > 0 || rows === 0) return report;
  let added = 0;
  const refusal = tryOrgChange(handle, (design) => {
    const outcome = importOrgTables(design, scenarioId, texts, format);
    if (outcome.errors.length > 0) {
      throw new OrgValidationError(
        'rows',
        'The design changed while the rows were read: try again',
      );
    }
    added = table === 'people' ? outcome.personIds.length : outcome.placementKeys.length;
  });
  if (refusal) return { ...report, errors: [{ table, line: 0, message: refusal }] };
  return { ...report, added };
}

/** Whether a table's first line names a role column: then it holds placements. */
export function tableKindOf(text: string): OrgTableKind {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return /(^|[,\t;"])\s*"?role"?\s*([,\t;"]|$)/i.test(header) ? 'placements' : 'people';
}

/** "Bank design people.csv": a file name from the design's title, safe on every system. */
export function csvName(title: string, what: string): string {
  const base = title
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 90);
  return `${base || 'Organisation design'} ${what}.csv`;
}
