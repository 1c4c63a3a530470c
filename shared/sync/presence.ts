import { z } from 'zod';

/** Ephemeral "who is here, looking at what" message; never stored, never counted as an edit. */
export const PRESENCE_TYPE = 'obeya/presence';

export const presenceMessageSchema = z.object({
  type: z.literal(PRESENCE_TYPE),
  deviceId: z.string().min(1).max(100),
  name: z.string().max(100),
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

/** A stable colour per device, so a person keeps their colour across documents and days. */
export function presenceColor(deviceId: string): string {
  let hash = 0;
  for (let i = 0; i < deviceId.length; i++) hash = (hash * 31 + deviceId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
