import { HUB_PATHS, SYNC_TOKEN_PARAM } from './hubProtocol';

/**
 * A hub address as people type it where mDNS is blocked (`192.168.1.20:5190`,
 * `http://anna-laptop.local:5190/`) in one form, `http://host:port`, or null when it is not one.
 * Only plain http: the hub is on the room's LAN and has no certificate.
 */
export function normalizeHubUrl(input: string): string | null {
  const match = /^(?:http:\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(
    input.trim(),
  );
  if (!match) return null;
  const [, host, port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  return `http://${host}${port === undefined ? '' : `:${port}`}`;
}

/** The WebSocket URL to open with a token the hub granted. */
export function syncUrlOf(hubUrl: string, token: string): string {
  return `${hubUrl.replace(/^http/, 'ws')}${HUB_PATHS.sync}?${SYNC_TOKEN_PARAM}=${token}`;
}
