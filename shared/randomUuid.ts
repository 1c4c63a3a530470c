// shared/ compiles without DOM or Node types; browsers and Node 20 both provide Web Crypto.
type WithRandomValues = { crypto: { getRandomValues(array: Uint8Array): Uint8Array } };

/**
 * A random (version 4) UUID. Not `crypto.randomUUID()`: browsers offer it only in a secure
 * context, and a participant who opens the hub's join link is on plain http:// in the LAN,
 * where it is missing; `getRandomValues` is there in every context.
 */
export function randomUuid(): string {
  const bytes = (globalThis as unknown as WithRandomValues).crypto.getRandomValues(
    new Uint8Array(16),
  );
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}
