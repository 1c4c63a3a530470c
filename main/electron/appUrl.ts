/**
 * The renderer's origin inside Electron. A privileged standard scheme (not file://) gives the
 * app a real origin, so IndexedDB, fetch and the CSP's 'self' behave as they do over http.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'obeya';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs on the app's own origin (app://obeya/…). */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  // Node's URL reports origin "null" for non-special schemes, so compare the parts instead.
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** True for http(s) links, the only kind handed to the OS browser. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}

function parseUrl(url: string | undefined): URL | null {
  if (url === undefined) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
