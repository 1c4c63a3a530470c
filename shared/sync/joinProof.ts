import { hmac } from 'fast-sha256';

/**
 * The proof that a peer knows the join code without sending it: HMAC-SHA256 keyed with the code,
 * over the hub's one-time nonce, as lowercase hex. Pure JavaScript on purpose: a browser
 * participant on plain http:// in the LAN has no `crypto.subtle`.
 */
export function computeJoinProof(joinCode: string, nonce: string): string {
  const encoder = new TextEncoder();
  const mac = hmac(encoder.encode(joinCode), encoder.encode(nonce));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
