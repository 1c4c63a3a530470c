import { timingSafeEqual } from 'node:crypto';
import type { JoinRefusal } from '../../shared/sync/hubProtocol';
import type { RandomBytes } from '../../shared/sync/joinCode';
import { computeJoinProof } from '../../shared/sync/joinProof';
import { AttemptLimiter } from './AttemptLimiter';
import type { HubLimits } from './hubLimits';

export type JoinDecision =
  | { granted: true; token: string; expiresInMs: number }
  | { granted: false; refusal: JoinRefusal; retryAfterSeconds?: number };

export interface JoinTicket {
  peerName: string;
  address: string;
}

type AuthorityLimits = Pick<
  HubLimits,
  'challengeTtlMs' | 'tokenTtlMs' | 'maxPendingChallenges' | 'wrongCodesPerMinute'
>;

const MINUTE_MS = 60_000;

/**
 * Decides who may sync: hands out one-time nonces, checks join proofs against the join code in
 * constant time, limits wrong guesses per address, and issues the one-time, short-lived tokens
 * the WebSocket upgrade must carry.
 */
export class JoinAuthority {
  #nonces = new Map<string, number>();
  #tokens = new Map<string, JoinTicket & { expiresAt: number }>();
  #wrongCodes: AttemptLimiter;

  constructor(
    private readonly joinCode: string,
    private readonly limits: AuthorityLimits,
    private readonly randomBytes: RandomBytes,
    private readonly now: () => number,
  ) {
    this.#wrongCodes = new AttemptLimiter(limits.wrongCodesPerMinute, MINUTE_MS, now);
  }

  issueNonce(): string {
    this.#forgetExpired(this.#nonces);
    // Map keeps insertion order, so the first entries are the oldest.
    while (this.#nonces.size >= this.limits.maxPendingChallenges) {
      const oldest = this.#nonces.keys().next().value;
      if (oldest === undefined) break;
      this.#nonces.delete(oldest);
    }
    const nonce = this.#randomHex();
    this.#nonces.set(nonce, this.now() + this.limits.challengeTtlMs);
    return nonce;
  }

  /** Checks a join proof. The nonce is spent whatever the outcome, so a proof never replays. */
  redeem(nonce: string, proof: string, ticket: JoinTicket): JoinDecision {
    const waitMs = this.#wrongCodes.waitFor(ticket.address);
    if (waitMs > 0) {
      return {
        granted: false,
        refusal: 'too-many-attempts',
        retryAfterSeconds: Math.ceil(waitMs / 1000),
      };
    }
    const expiresAt = this.#nonces.get(nonce);
    this.#nonces.delete(nonce);
    if (expiresAt === undefined || expiresAt <= this.now()) {
      return { granted: false, refusal: 'expired-challenge' };
    }
    if (!proofMatches(computeJoinProof(this.joinCode, nonce), proof)) {
      this.#wrongCodes.recordFailure(ticket.address);
      return { granted: false, refusal: 'wrong-join-code' };
    }
    this.#forgetExpired(this.#tokens);
    const token = this.#randomHex();
    this.#tokens.set(token, { ...ticket, expiresAt: this.now() + this.limits.tokenTtlMs });
    return { granted: true, token, expiresInMs: this.limits.tokenTtlMs };
  }

  /** The ticket behind `token` if it is known, unexpired and used from the address it was issued to; spends it. */
  spendToken(token: string, address: string): JoinTicket | null {
    const entry = this.#tokens.get(token);
    if (!entry || entry.address !== address) return null;
    this.#tokens.delete(token);
    if (entry.expiresAt <= this.now()) return null;
    return { peerName: entry.peerName, address: entry.address };
  }

  #randomHex(): string {
    return Buffer.from(this.randomBytes(32)).toString('hex');
  }

  #forgetExpired(entries: Map<string, number | { expiresAt: number }>): void {
    const now = this.now();
    for (const [key, value] of entries) {
      const expiresAt = typeof value === 'number' ? value : value.expiresAt;
      if (expiresAt <= now) entries.delete(key);
    }
  }
}

function proofMatches(expectedHex: string, givenHex: string): boolean {
  const expected = Buffer.from(expectedHex, 'hex');
  const given = Buffer.from(givenHex, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
