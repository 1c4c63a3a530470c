import { pageSetupFromQuery, pageSetupQuery, type PageSetup } from './pageSetup';

/** What a report prints: a whole workshop, or one of its documents under the workshop's header. */
export type PrintTarget =
  | { report: 'workshop'; workshopUrl: string }
  | { report: 'document'; workshopUrl: string; documentUrl: string };

export interface PrintRoute {
  target: PrintTarget;
  page: PageSetup;
  /** Browser host: open the browser's print dialog as soon as the report is ready. */
  openDialog: boolean;
}

/**
 * Print routes mirror the app's own: `#/print/workshop/<workshopUrl>` and
 * `#/print/workshop/<workshopUrl>/doc/<documentUrl>`, with `?size=A4&orientation=landscape`.
 * URLs stay unescaped (automerge URLs are letters, digits and ":"), because main accepts a
 * print route over IPC only in those characters and appends the page setup query itself.
 */
export function parsePrintRoute(hash: string): PrintRoute | null {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').map(safeDecode);
  if (parts[0] !== 'print' || parts[1] !== 'workshop' || !parts[2]) return null;
  const params = queryParams(query);
  const workshopUrl = parts[2];
  const target: PrintTarget =
    parts[3] === 'doc' && parts[4]
      ? { report: 'document', workshopUrl, documentUrl: parts[4] }
      : { report: 'workshop', workshopUrl };
  return {
    target,
    page: pageSetupFromQuery((name) => params.get(name) ?? null),
    openDialog: params.get('dialog') === '1',
  };
}

/** The route without its query: what the Electron platform hands to main. */
export function printTargetPath(target: PrintTarget): string {
  const workshop = `#/print/workshop/${target.workshopUrl}`;
  return target.report === 'document' ? `${workshop}/doc/${target.documentUrl}` : workshop;
}

export function printRouteHref(route: PrintRoute): string {
  const dialog = route.openDialog ? '&dialog=1' : '';
  return `${printTargetPath(route.target)}?${pageSetupQuery(route.page)}${dialog}`;
}

/**
 * A query's names and values, decoded as a browser's URLSearchParams does ("+" is a space);
 * the first of a repeated name counts.
 */
function queryParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    const key = safeDecode(name.replaceAll('+', ' '));
    if (!params.has(key)) params.set(key, safeDecode(value.replaceAll('+', ' ')));
  }
  return params;
}

/** Percent-decoded text, or the text as it is where it is not valid percent-encoding. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
