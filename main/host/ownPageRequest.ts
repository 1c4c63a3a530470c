/** What decides whether a request to the browser host's API comes from this laptop's own page. */
export interface RequestOrigin {
  method: string;
  /** The TCP peer, as the socket reports it. */
  remoteAddress: string | undefined;
  /** The `Host` header. */
  host: string | undefined;
  /** The `Origin` header; browsers send it with every POST and DELETE, even same-origin. */
  origin: string | undefined;
}

/**
 * True when a request to the browser host's API comes from the Obeya page on this laptop: over
 * loopback, for this host's own address (so a DNS name rebound to 127.0.0.1 is refused), and,
 * for anything but GET, with this host's own origin. So another laptop on the LAN, or any web
 * page open in a browser on this one, cannot start hosting or list the room's hubs.
 */
export function isOwnPageRequest(request: RequestOrigin, ownPort: number): boolean {
  const authorities = new Set([`127.0.0.1:${ownPort}`, `localhost:${ownPort}`, `[::1]:${ownPort}`]);
  const host = request.host?.toLowerCase();
  if (!isLoopback(request.remoteAddress) || host === undefined || !authorities.has(host)) {
    return false;
  }
  if (request.origin === undefined) return request.method === 'GET';
  const origin = /^http:\/\/([^/]+)$/.exec(request.origin.toLowerCase());
  return origin !== null && authorities.has(origin[1] ?? '');
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}
