import type http from 'node:http';
import {
  BrowserHostPath,
  type DiscoveredHub,
  type HostingInfo,
  type HostWorkshopRequest,
} from '../../shared/ipc/contract';
import { hostWorkshopRequestSchema } from '../../shared/ipc/ipcSchemas';
import { readJsonBody } from '../hub/readJsonBody';
import { isOwnPageRequest } from './ownPageRequest';
import { errorMessage } from '../../shared/errorMessage';

const MAX_HOST_BODY_BYTES = 4096;

export interface HostApiContext {
  /** `WorkshopHosting`; absent, this browser host does not host (tests of static files, say). */
  hosting?: {
    host(request: HostWorkshopRequest): Promise<HostingInfo>;
    stop(): Promise<void>;
  };
  nearbyHubs?: { list(): DiscoveredHub[] };
  /** The port this host listens on, which the page's own origin names. */
  ownPort(): number;
}

/**
 * The browser host's counterpart of the Electron IPC calls for hosting and the Join list
 * (`renderer/platform/browser.ts` calls it). Returns false for other paths, which are static
 * files. Only this laptop's own Obeya page is answered (`isOwnPageRequest`).
 */
export function handleHostApi(
  context: HostApiContext,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): boolean {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== BrowserHostPath.host && path !== BrowserHostPath.hubs) return false;
  const method = request.method ?? 'GET';
  const ownPage = isOwnPageRequest(
    {
      method,
      remoteAddress: request.socket.remoteAddress,
      host: request.headers.host,
      origin: request.headers.origin,
    },
    context.ownPort(),
  );
  if (!ownPage) {
    refuse(
      response,
      403,
      `Only the Obeya page on this laptop (http://127.0.0.1:${context.ownPort()}/) can host a workshop or list the hubs in the room.`,
    );
  } else if (path === BrowserHostPath.hubs) {
    if (method !== 'GET') refuseMethod(response, 'GET');
    else if (!context.nearbyHubs) refuse(response, 404, 'This host does not look for hubs.');
    else sendJson(response, 200, context.nearbyHubs.list());
  } else if (!context.hosting) {
    refuse(response, 404, 'This host does not host workshops.');
  } else if (method === 'POST') {
    void startHosting(context.hosting, request, response);
  } else if (method === 'DELETE') {
    void stopHosting(context.hosting, response);
  } else {
    refuseMethod(response, 'POST, DELETE');
  }
  return true;
}

async function startHosting(
  hosting: NonNullable<HostApiContext['hosting']>,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const body = await readJsonBody(request, MAX_HOST_BODY_BYTES);
  if (body === undefined) {
    refuse(
      response,
      400,
      `Invalid hosting request: not JSON of at most ${MAX_HOST_BODY_BYTES} bytes.`,
    );
    return;
  }
  const parsed = hostWorkshopRequestSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`,
    );
    refuse(response, 400, `Invalid hosting request: ${problems.join('; ')}.`);
    return;
  }
  try {
    sendJson(response, 200, await hosting.host(parsed.data));
  } catch (error) {
    const reason = errorMessage(error);
    refuse(response, 500, `Could not start hosting: ${reason}`);
  }
}

async function stopHosting(
  hosting: NonNullable<HostApiContext['hosting']>,
  response: http.ServerResponse,
): Promise<void> {
  try {
    await hosting.stop();
    response.writeHead(204, { 'Cache-Control': 'no-store' }).end();
  } catch (error) {
    const reason = errorMessage(error);
    refuse(response, 500, `Could not stop hosting: ${reason}`);
  }
}

function refuseMethod(response: http.ServerResponse, allow: string): void {
  response.setHeader('Allow', allow);
  refuse(response, 405, `Use ${allow}.`);
}

function refuse(response: http.ServerResponse, status: number, error: string): void {
  sendJson(response, status, { error });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  response.end(json);
}
