import { HUB_PATHS, type JoinRefusal } from './hubProtocol';
import {
  joinChallengeSchema,
  joinGrantSchema,
  joinRefusalSchema,
  type JoinChallenge,
  type JoinRequest,
} from './hubApiSchemas';
import { syncUrlOf } from './hubAddress';
import { computeJoinProof } from './joinProof';

/** The slice of `fetch` the handshake needs; the platform passes its own (window.fetch, Node's). */
export type HubFetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export type HubJoinFailure = JoinRefusal | 'unreachable' | 'not-a-hub';

export class HubJoinError extends Error {
  constructor(
    readonly reason: HubJoinFailure,
    readonly retryAfterSeconds?: number,
  ) {
    super(`Joining the hub failed: ${reason}`);
    this.name = 'HubJoinError';
  }
}

export interface HubJoinOptions {
  /** `http://host:port`, as from `normalizeHubUrl` or mDNS. */
  hubUrl: string;
  /** The join code as `parseJoinCode` returns it (no dash). */
  joinCode: string;
  peerName: string;
  fetch: HubFetch;
}

export interface HubSession {
  /** Open the sync WebSocket here, at once: the token in it is single-use and short-lived. */
  syncUrl: string;
  hub: JoinChallenge['hub'];
}

/**
 * The join handshake, done over plain HTTP before any WebSocket so a wrong code is a clear
 * answer ("wrong join code") rather than a refused upgrade, which browsers report as a bare
 * close and automerge-repo's Node adapter throws as an uncaught error.
 */
export async function joinHub({
  hubUrl,
  joinCode,
  peerName,
  fetch,
}: HubJoinOptions): Promise<HubSession> {
  const challengeResponse = await fetch(`${hubUrl}${HUB_PATHS.challenge}`).catch(() => {
    throw new HubJoinError('unreachable');
  });
  const challenge = joinChallengeSchema.safeParse(await readJson(challengeResponse));
  if (challengeResponse.status !== 200 || !challenge.success) throw new HubJoinError('not-a-hub');

  const { nonce } = challenge.data;
  const body: JoinRequest = { nonce, proof: computeJoinProof(joinCode, nonce), peerName };
  const joinResponse = await fetch(`${hubUrl}${HUB_PATHS.join}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => {
    throw new HubJoinError('unreachable');
  });
  const answer = await readJson(joinResponse);
  if (joinResponse.status === 200) {
    const grant = joinGrantSchema.safeParse(answer);
    if (!grant.success) throw new HubJoinError('not-a-hub');
    return { syncUrl: syncUrlOf(hubUrl, grant.data.token), hub: challenge.data.hub };
  }
  const refusal = joinRefusalSchema.safeParse(answer);
  if (!refusal.success) throw new HubJoinError('not-a-hub');
  throw new HubJoinError(refusal.data.error, refusal.data.retryAfterSeconds);
}

async function readJson(response: { json(): Promise<unknown> }): Promise<unknown> {
  return response.json().catch(() => undefined);
}
