import { reportHeaderSchema, type ReportHeader } from './reportHeader';

/**
 * The print view's readiness signal, as `dataset` keys on the <html> element: `printReady` is
 * "true" once every document is loaded, rendered and the fonts are in, or "error" (with
 * `printError`) when the report cannot be made; `reportHeader` holds the running header as JSON.
 */
export const PRINT_STATE_KEYS = {
  ready: 'printReady',
  header: 'reportHeader',
  error: 'printError',
} as const;

/** Evaluated in the page (Electron's executeJavaScript, Playwright's evaluate) to read the state. */
export const READ_PRINT_STATE_SCRIPT = `(() => {
  const data = document.documentElement.dataset;
  return {
    ready: data.${PRINT_STATE_KEYS.ready} ?? null,
    header: data.${PRINT_STATE_KEYS.header} ?? null,
    error: data.${PRINT_STATE_KEYS.error} ?? null,
  };
})()`;

export type PrintState =
  | { status: 'pending' }
  | { status: 'ready'; header: ReportHeader }
  | { status: 'failed'; message: string };

/** Interprets what READ_PRINT_STATE_SCRIPT returned; anything malformed is a failure, not a hang. */
export function readPrintState(raw: unknown): PrintState {
  if (typeof raw !== 'object' || raw === null)
    return failed('the print view reported nothing readable');
  const { ready, header, error } = raw as Record<string, unknown>;
  if (ready === 'error') {
    return failed(typeof error === 'string' && error !== '' ? error : 'the print view failed');
  }
  if (ready !== 'true') return { status: 'pending' };
  const parsed = reportHeaderSchema.safeParse(parseJson(header));
  return parsed.success
    ? { status: 'ready', header: parsed.data }
    : failed('the report header is malformed');
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

function failed(message: string): PrintState {
  return { status: 'failed', message };
}
