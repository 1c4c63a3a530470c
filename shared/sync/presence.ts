import { z } from 'zod';
import { displayNameSchema } from './displayName';

/** Ephemeral "who is here, looking at what" message; never stored, never counted as an edit. */
export const PRESENCE_TYPE = 'obeya/presence';

export const presenceMessageSchema = z.object({
  type: z.literal(PRESENCE_TYPE),
  deviceId: z.string().min(1).max(100),
  name: displayNameSchema,
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  selectedStepId: z.string().max(100).nullable(),
});
export type PresenceMessage = z.infer<typeof presenceMessageSchema>;

/** A peer is shown as present for this long after its last message. */
export const PRESENCE_TIMEOUT_MS = 8000;
/** How often a present peer repeats its presence. */
export const PRESENCE_HEARTBEAT_MS = 3000;

const PALETTE = [
  '#d1495b',
  '#00798c',
  '#edae49',
  '#30638e',
  '#6a4c93',
  '#2a9d8f',
  '#e76f51',
  '#8a5a44',
];

/**
 * This device's colour in a document, given the others there. Its own colour comes from its id,
 * so a person usually keeps it across documents and days; but when someone ahead of it in
 * device-id order already shows that colour, it takes the next free one. Every laptop applies
 * the same rule to what the others announce, so up to eight people in a document end up in
 * eight different colours within a few announcements (with more, colours repeat; names tell
 * them apart).
 */
export function presenceColor(
  deviceId: string,
  others: readonly Pick<PresenceMessage, 'deviceId' | 'color'>[] = [],
): string {
  let hash = 0;
  for (let i = 0; i < deviceId.length; i++) hash = (hash * 31 + deviceId.charCodeAt(i)) >>> 0;
  const taken = new Set(
    others.filter((other) => other.deviceId < deviceId).map(({ color }) => color.toLowerCase()),
  );
  for (let step = 0; step < PALETTE.length; step++) {
    const color = PALETTE[(hash + step) % PALETTE.length]!;
    if (!taken.has(color)) return color;
  }
  return PALETTE[hash % PALETTE.length]!;
}
