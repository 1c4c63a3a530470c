import type http from 'node:http';
import { HUB_PATHS, HUB_PROTOCOL_VERSION, type JoinRefusal } from '../../shared/sync/hubProtocol';
import {
  joinRequestSchema,
  type HostedWorkshop,
  type JoinChallenge,
  type JoinGrant,
  type JoinRefusalBody,
} from '../../shared/sync/hubApiSchemas';
import type { HubLogger } from './HubLogger';
import type { JoinAuthority } from './JoinAuthority';
import { readJsonBody } from './readJsonBody';

const MAX_JOIN_BODY_BYTES = 4096;

const REFUSAL_STATUS: Record<JoinRefusal, number> = {
  'wrong-join-code': 403,
  'expired-challenge': 410,
  'too-many-attempts': 429,
  'bad-request': 400,
};

export interface HubApiContext {
  authority: JoinAuthority;
  hubName: string;
  workshops(): HostedWorkshop[];
  logger: HubLogger;
}

/**
 * The join handshake over HTTP. Returns false for paths that are not the API, so the caller can
 * serve the renderer instead. The API answers any origin: the Electron renderer calls it from
 * its own app:// origin, and the join code, not the origin, is what grants access.
 */
export function handleHubApi(
  context: HubApiContext,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): boolean {
  const path = (request.url ?? '/').split('?')[0];
  if (path !== HUB_PATHS.challenge && path !== HUB_PATHS.join) return false;
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Cache-Control', 'no-store');
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
    });
    response.end();
  } else if (path === HUB_PATHS.challenge && request.method === 'GET') {
    const challenge: JoinChallenge = {
      nonce: context.authority.issueNonce(),
      hub: {
        name: context.hubName,
        protocolVersion: HUB_PROTOCOL_VERSION,
        workshops: context.workshops(),
      },
    };
    sendJson(response, 200, challenge);
  } else if (path === HUB_PATHS.join && request.method === 'POST') {
    void answerJoin(context, request, response);
  } else {
    response.writeHead(405).end();
  }
  return true;
}

async function answerJoin(
  context: HubApiContext,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const address = request.socket.remoteAddress ?? 'unknown';
  const parsed = joinRequestSchema.safeParse(await readJsonBody(request, MAX_JOIN_BODY_BYTES));
  if (!parsed.success) {
    refuse(response, { error: 'bad-request' });
    return;
  }
  const { nonce, proof, peerName } = parsed.data;
  const decision = context.authority.redeem(nonce, proof, { address, peerName });
  if (!decision.granted) {
    context.logger.warn('join refused', { address, peerName, reason: decision.refusal });
    refuse(response, { error: decision.refusal, retryAfterSeconds: decision.retryAfterSeconds });
    return;
  }
  context.logger.info('join granted', { address, peerName });
  const grant: JoinGrant = { token: decision.token, expiresInMs: decision.expiresInMs };
  sendJson(response, 200, grant);
}

function refuse(response: http.ServerResponse, body: JoinRefusalBody): void {
  if (body.retryAfterSeconds !== undefined) {
    response.setHeader('Retry-After', String(body.retryAfterSeconds));
  }
  sendJson(response, REFUSAL_STATUS[body.error], body);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}
