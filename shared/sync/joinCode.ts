/**
 * The join code: a short secret people read off the host's screen and type on theirs. Eight
 * characters from an alphabet without 0/O, 1/I/L, shown in two groups of four (`K7Q2-M9XD`).
 * Stored and compared without the dash.
 */

export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 8;

/** Fills `length` bytes with cryptographically strong randomness (injected: shared/ has no crypto). */
export type RandomBytes = (length: number) => Uint8Array;

// The largest multiple of the alphabet size below 256: bytes at or above it are drawn again so
// every character is equally likely.
const UNBIASED_LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

export function generateJoinCode(randomBytes: RandomBytes): string {
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH)) {
      if (byte >= UNBIASED_LIMIT || code.length === JOIN_CODE_LENGTH) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** `K7Q2M9XD` → `K7Q2-M9XD`. */
export function formatJoinCode(code: string): string {
  const half = JOIN_CODE_LENGTH / 2;
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/**
 * What a person typed (any case, with or without dash or spaces) as a join code, or null when it
 * cannot be one, so the UI can say so before asking the hub.
 */
export function parseJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}
