/**
 * The fixed names of the LAN hub's small HTTP protocol. Document sync itself is automerge-repo's
 * own WebSocket protocol, unchanged; only the join handshake in front of it is ours.
 */

/** Bumped when the join handshake or the hub's API changes incompatibly; announced over mDNS. */
export const HUB_PROTOCOL_VERSION = 1;

/** mDNS service type, announced as `_obeya._tcp`. */
export const HUB_SERVICE_TYPE = 'obeya';

export const HUB_PATHS = {
  /** GET: a fresh nonce and what the hub hosts. */
  challenge: '/api/join/challenge',
  /** POST: the join proof for that nonce; answers a one-time sync token. */
  join: '/api/join',
  /** WebSocket upgrade for automerge-repo sync, with `?token=…`. */
  sync: '/sync',
} as const;

export const SYNC_TOKEN_PARAM = 'token';

/** What a hub refuses a join with; the UI words each one for people. */
export const JOIN_REFUSALS = [
  'wrong-join-code',
  'expired-challenge',
  'too-many-attempts',
  'bad-request',
] as const;
export type JoinRefusal = (typeof JOIN_REFUSALS)[number];
