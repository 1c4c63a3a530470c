import { z } from 'zod';
import { displayNameSchema } from './displayName';
import { JOIN_REFUSALS } from './hubProtocol';

/** A nonce is 32 random bytes in hex; a token the same. Anything else is refused unread. */
const hex256 = z.string().regex(/^[0-9a-f]{64}$/, 'not 32 bytes of lowercase hex');

export const hostedWorkshopSchema = z.object({
  id: z.string().min(1).max(64),
  url: z.string().min(1).max(80),
  title: z.string().max(200),
});
export type HostedWorkshop = z.infer<typeof hostedWorkshopSchema>;

/** `GET /api/join/challenge` → */
export const joinChallengeSchema = z.object({
  nonce: hex256,
  hub: z.object({
    name: displayNameSchema,
    protocolVersion: z.number().int().min(1),
    workshops: z.array(hostedWorkshopSchema).max(100),
  }),
});
export type JoinChallenge = z.infer<typeof joinChallengeSchema>;

/** `POST /api/join` body. */
export const joinRequestSchema = z.object({
  nonce: hex256,
  proof: hex256,
  peerName: displayNameSchema,
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

/** `POST /api/join` → 200: a one-time token for the sync WebSocket. */
export const joinGrantSchema = z.object({
  token: hex256,
  /** Milliseconds the token stays valid; open the WebSocket at once. */
  expiresInMs: z.number().int().positive(),
});
export type JoinGrant = z.infer<typeof joinGrantSchema>;

/** `POST /api/join` → 400/403/429: why not. */
export const joinRefusalSchema = z.object({
  error: z.enum(JOIN_REFUSALS),
  retryAfterSeconds: z.number().int().positive().optional(),
});
export type JoinRefusalBody = z.infer<typeof joinRefusalSchema>;
