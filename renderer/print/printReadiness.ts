import { PRINT_MARKS } from '../../shared/print/printMarks';
import { PRINT_STATE_KEYS } from '../../shared/print/printState';

/** Tells the PDF step (Electron's main process or a test) that the report is complete. */
export function markPrintReady(): void {
  const data = document.documentElement.dataset;
  delete data[PRINT_STATE_KEYS.error];
  data[PRINT_STATE_KEYS.ready] = 'true';
  performance.mark(PRINT_MARKS.ready);
}

/** Tells the PDF step to give up now, with the reason, instead of waiting for its timeout. */
export function markPrintFailed(message: string): void {
  const data = document.documentElement.dataset;
  data[PRINT_STATE_KEYS.error] = message;
  data[PRINT_STATE_KEYS.ready] = 'error';
}

export function clearPrintState(): void {
  const data = document.documentElement.dataset;
  for (const key of Object.values(PRINT_STATE_KEYS)) delete data[key];
}
