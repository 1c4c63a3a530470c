import { z } from 'zod';

/**
 * Longest name a person or a hub goes by, in characters. Longer is cut, never refused: a name too
 * long is no reason to lose a join, a presence or the device's saved identity.
 */
export const MAX_DISPLAY_NAME_LENGTH = 60;

/**
 * A name as every laptop shows it: control characters removed (a hostile peer's line breaks or
 * terminal escapes end up in lists and logs), trimmed, and cut to `MAX_DISPLAY_NAME_LENGTH`
 * characters, counted in code points, so no emoji is split into invalid halves (and not in
 * graphemes, which combining marks can make any length).
 */
export function cleanDisplayName(name: string): string {
  const printable = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(printable).slice(0, MAX_DISPLAY_NAME_LENGTH).join('').trimEnd();
}

/** The one schema for a person's or hub's name, wherever one crosses a boundary. */
export const displayNameSchema = z.string().transform(cleanDisplayName);
