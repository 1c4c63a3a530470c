import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { HUB_PATHS, SYNC_TOKEN_PARAM } from '../../shared/sync/hubProtocol';
import type { ConnectionRegistry } from './ConnectionRegistry';
import type { HubLogger } from './HubLogger';
import type { JoinAuthority } from './JoinAuthority';

export interface SyncUpgradeContext {
  wss: WebSocketServer;
  authority: JoinAuthority;
  connections: ConnectionRegistry;
  logger: HubLogger;
  counters: { upgradesRefused: number };
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * The HTTP `upgrade` handler in front of sync: only a request to /sync carrying an unspent
 * token from the join handshake becomes a WebSocket. Everyone else gets a plain HTTP refusal
 * and a closed socket, before a single byte of document data.
 */
export function handleSyncUpgrade(
  context: SyncUpgradeContext,
  request: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void {
  // A peer that resets mid-handshake must not raise an unhandled 'error'.
  socket.on('error', () => socket.destroy());
  const address = request.socket.remoteAddress ?? 'unknown';
  const refuse = (status: number, reason: string) => {
    context.counters.upgradesRefused += 1;
    context.logger.warn('upgrade refused', { address, status, reason });
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
    socket.destroy();
  };

  const url = new URL(request.url ?? '/', 'http://hub');
  if (url.pathname !== HUB_PATHS.sync) return refuse(404, 'not-sync');
  const full = context.connections.reserve(address);
  if (full) return refuse(full === 'hub-full' ? 503 : 429, full);
  const ticket = context.authority.spendToken(
    url.searchParams.get(SYNC_TOKEN_PARAM) ?? '',
    address,
  );
  if (!ticket) {
    context.connections.release(address);
    return refuse(401, 'bad-token');
  }
  let upgraded = false;
  // ws answers a malformed handshake itself and never calls back: give the slot back then.
  socket.once('close', () => {
    if (!upgraded) context.connections.release(address);
  });
  context.wss.handleUpgrade(request, socket, head, (webSocket) => {
    upgraded = true;
    context.connections.add(webSocket, address, ticket.peerName);
    context.logger.info('peer connected', { address, peerName: ticket.peerName });
    context.wss.emit('connection', webSocket, request);
  });
}
