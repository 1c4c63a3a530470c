import { parsePrintRoute, printRouteHref, type PrintRoute } from '../../shared/print/printRoute';

export type Route =
  | { name: 'library' }
  /** The Join dialog over the library: from a join link (with its code), or to join again. */
  | { name: 'join'; joinCode?: string }
  | { name: 'workshop'; workshopUrl: string }
  | { name: 'artefact'; workshopUrl: string; artefactUrl: string }
  | { name: 'print'; print: PrintRoute };

/** Hash routes keep the app one page, so the same build works over app:// and http://. */
export function parseRoute(hash: string): Route {
  const print = parsePrintRoute(hash);
  if (print) return { name: 'print', print };
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'join')
    return parts[1] ? { name: 'join', joinCode: parts[1] } : { name: 'join' };
  if (parts[0] === 'workshop' && parts[1]) {
    if (parts[2] && parts[3])
      return { name: 'artefact', workshopUrl: parts[1], artefactUrl: parts[3] };
    return { name: 'workshop', workshopUrl: parts[1] };
  }
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'join':
      return route.joinCode === undefined
        ? '#/join'
        : `#/join/${encodeURIComponent(route.joinCode)}`;
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.workshopUrl)}`;
    case 'artefact':
      return `#/workshop/${encodeURIComponent(route.workshopUrl)}/doc/${encodeURIComponent(route.artefactUrl)}`;
    case 'print':
      return printRouteHref(route.print);
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/**
 * The library lists workshops from this device's index alone, so it paints before Automerge's
 * wasm (3.6 MB) is loaded; every other screen shows documents and waits for it.
 */
export function showsWithoutAutomerge(route: Route): boolean {
  return route.name === 'library' || route.name === 'join';
}
