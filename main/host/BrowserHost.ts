import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';
import { mimeTypeOf, resolveStaticPath } from '../common/resolveStaticPath';
import { handleHostApi, type HostApiContext } from './hostApi';

export interface BrowserHostOptions {
  /** Folder holding the built renderer (index.html and assets). */
  root: string;
  port?: number;
  host?: string;
  /** Lets this laptop's page host a workshop (`POST`/`DELETE /api/host`). */
  hosting?: HostApiContext['hosting'];
  /** Lists the hubs announced in the room for this laptop's page (`GET /api/hubs`). */
  nearbyHubs?: HostApiContext['nearbyHubs'];
}

export interface BrowserHost {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer over HTTP so Obeya runs in any Chromium: the way the app is tested
 * here, and the way a participant with only a browser joins a workshop. With `hosting` and
 * `nearbyHubs` it also does for its own laptop's page what Electron's main process does: host a
 * workshop and list the hubs in the room. No Electron import.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const serveStatic = createStaticHandler(options.root);
  const api: HostApiContext = {
    hosting: options.hosting,
    nearbyHubs: options.nearbyHubs,
    ownPort: () => (server.address() as AddressInfo).port,
  };
  const server = http.createServer((request, response) => {
    if (!handleHostApi(api, request, response)) serveStatic(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostName = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${hostName}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type StaticHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/**
 * The request handler that serves the built renderer from `root` (GET and HEAD only, never a
 * path outside it). The LAN hub mounts the same handler, so a browser participant gets the app
 * from the join link.
 */
export function createStaticHandler(root: string): StaticHandler {
  return (request, response) => {
    serveStatic(root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
}

async function serveStatic(
  root: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const filePath = resolveStaticPath(root, request.url ?? '/');
  if (!filePath) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
    return;
  }
  const file = await stat(filePath).catch(() => null);
  if (!file?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const isHtml = filePath.endsWith('.html');
  response.writeHead(200, {
    'Content-Type': mimeTypeOf(filePath),
    'Content-Length': file.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Hashed asset names never change; index.html must, so a new build is picked up.
    'Cache-Control': isHtml ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  // A file removed between stat and read (a rebuild) must end this response, not the process.
  createReadStream(filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}
