import { z } from 'zod';

/**
 * The frames of automerge-repo's WebSocket protocol (network-websocket 2.x, protocol "1") as
 * a hub accepts them from a peer, after CBOR decoding. Anything else closes the connection:
 * the hub hands automerge-repo only frames of these shapes.
 */

const peerId = z.string().min(1).max(128);
// A base58 document id; whether the hub hosts it is checked separately.
const documentId = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{1,64}$/);
const bytes = z.instanceof(Uint8Array);
const nonEmptyBytes = bytes.refine((value) => value.byteLength > 0, 'empty payload');
const storageId = z.string().max(128);

const joinMessageSchema = z.object({
  type: z.literal('join'),
  senderId: peerId,
  peerMetadata: z
    .object({ storageId: storageId.optional(), isEphemeral: z.boolean().optional() })
    .optional(),
  supportedProtocolVersions: z.array(z.string().max(16)).max(16).optional(),
});

const docMessage = { senderId: peerId, targetId: peerId, documentId };

const syncMessageSchema = z.object({ type: z.literal('sync'), ...docMessage, data: nonEmptyBytes });
const requestMessageSchema = z.object({
  type: z.literal('request'),
  ...docMessage,
  data: nonEmptyBytes,
});
const ephemeralMessageSchema = z.object({
  type: z.literal('ephemeral'),
  ...docMessage,
  data: nonEmptyBytes,
  count: z.number().int().nonnegative(),
  sessionId: z.string().min(1).max(128),
});
const docUnavailableMessageSchema = z.object({ type: z.literal('doc-unavailable'), ...docMessage });
const remoteSubscriptionChangeSchema = z.object({
  type: z.literal('remote-subscription-change'),
  senderId: peerId,
  targetId: peerId,
  add: z.array(storageId).max(1000).optional(),
  remove: z.array(storageId).max(1000).optional(),
});
const remoteHeadsChangedSchema = z.object({
  type: z.literal('remote-heads-changed'),
  ...docMessage,
  newHeads: z.record(
    storageId,
    z.object({ heads: z.array(z.string().max(128)).max(1000), timestamp: z.number() }),
  ),
});

export const peerFrameSchema = z.discriminatedUnion('type', [
  joinMessageSchema,
  syncMessageSchema,
  requestMessageSchema,
  ephemeralMessageSchema,
  docUnavailableMessageSchema,
  remoteSubscriptionChangeSchema,
  remoteHeadsChangedSchema,
]);
export type PeerFrame = z.infer<typeof peerFrameSchema>;

export const PEER_FRAME_TYPES: readonly string[] = peerFrameSchema.options.map(
  (option) => option.shape.type.value,
);
