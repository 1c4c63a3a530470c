import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeJoinProof } from '../../../../shared/sync/joinProof';

describe('computeJoinProof', () => {
  it('is HMAC-SHA256 of the nonce keyed with the join code, in hex', () => {
    const nonce = 'ab'.repeat(32);
    expect(computeJoinProof('K7Q2M9XD', nonce)).toBe(
      createHmac('sha256', 'K7Q2M9XD').update(nonce).digest('hex'),
    );
  });

  it('matches the published HMAC-SHA256 test value', () => {
    expect(computeJoinProof('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
  });

  it('differs for another code or another nonce', () => {
    const proof = computeJoinProof('K7Q2M9XD', 'n1');
    expect(computeJoinProof('K7Q2M9XE', 'n1')).not.toBe(proof);
    expect(computeJoinProof('K7Q2M9XD', 'n2')).not.toBe(proof);
  });
});
