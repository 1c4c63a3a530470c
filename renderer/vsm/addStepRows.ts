import type { DocHandle } from '@automerge/automerge-repo/slim';
import {
  addStep,
  parseStepRows,
  type StepRowError,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { tryMapChange } from './tryMapChange';

export interface RowsReport {
  added: number;
  errors: StepRowError[];
}

/**
 * Adds the valid rows of pasted or imported text as steps at the end of the flow, in one undo
 * step; bad rows are reported by line and nothing of them is stored.
 */
export function addStepRows(
  handle: DocHandle<ValueStreamMapDoc>,
  map: ValueStreamMapDoc,
  text: string,
  format: 'tsv' | 'csv',
): RowsReport {
  const { rows, errors } = parseStepRows(text, format, {
    defaultUnit: map.timeConventions.displayUnit,
    conventions: map.timeConventions,
  });
  if (rows.length > 0) {
    const refusal = tryMapChange(handle, (draft) => {
      for (const row of rows) addStep(draft, row);
    });
    if (refusal) return { added: 0, errors: [...errors, { line: 0, message: refusal }] };
  }
  return { added: rows.length, errors };
}
