/**
 * The print view's readiness signal, as `dataset` keys on the <html> element: `printReady` is
 * "true" once every document is loaded, rendered and the fonts are in, or "error" (with
 * `printError`) when the report cannot be made. The report's running header is part of its
 * page style (pageStyleSheet.ts), so the PDF step needs to know nothing else.
 */
export const PRINT_STATE_KEYS = {
  ready: 'printReady',
  error: 'printError',
} as const;

/** Evaluated in the page (Electron's executeJavaScript, Playwright's evaluate) to read the state. */
export const READ_PRINT_STATE_SCRIPT = `(() => {
  const data = document.documentElement.dataset;
  return {
    ready: data.${PRINT_STATE_KEYS.ready} ?? null,
    error: data.${PRINT_STATE_KEYS.error} ?? null,
  };
})()`;

export type PrintState =
  { status: 'pending' } | { status: 'ready' } | { status: 'failed'; message: string };

/** Interprets what READ_PRINT_STATE_SCRIPT returned; anything malformed is a failure, not a hang. */
export function readPrintState(raw: unknown): PrintState {
  if (typeof raw !== 'object' || raw === null)
    return failed('the print view reported nothing readable');
  const { ready, error } = raw as Record<string, unknown>;
  if (ready === 'error') {
    return failed(typeof error === 'string' && error !== '' ? error : 'the print view failed');
  }
  return ready === 'true' ? { status: 'ready' } : { status: 'pending' };
}

function failed(message: string): PrintState {
  return { status: 'failed', message };
}
