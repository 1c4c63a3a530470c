import { z } from 'zod';
import { automergeUrlSchema } from '../automergeUrlSchema';
import { displayNameSchema } from '../sync/displayName';
import { MENU_COMMANDS } from './contract';

/** Largest file the app writes or reads through IPC: a workshop with years of history fits. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const fileName = z
  .string()
  .min(1, 'file name is empty')
  .max(255, 'file name is longer than 255 characters')
  .refine((name) => !/[/\\\u0000-\u001f:*?"<>|]/.test(name), {
    message: 'file name contains a path separator or a reserved character',
  })
  .refine((name) => name !== '.' && name !== '..', { message: 'file name is not a name' });

const bytes = z
  .instanceof(Uint8Array, { message: 'expected file bytes' })
  .refine((value) => value.byteLength <= MAX_FILE_BYTES, {
    message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
  });

export const fileKindSchema = z.enum(['obeya', 'pdf', 'csv', 'svg', 'png']);

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  kind: fileKindSchema,
  bytes,
});

export const openFileRequestSchema = z.strictObject({
  kind: z.enum(['obeya', 'csv']),
});

export const printToPdfRequestSchema = z.strictObject({
  route: z
    .string()
    .max(500)
    .regex(/^#\/print\/[A-Za-z0-9/:._-]*$/, 'route must be a print route'),
  suggestedName: fileName,
  pageSize: z.enum(['A4', 'A3']),
  landscape: z.boolean(),
});

export const openedFileSchema = z.strictObject({ name: fileName, bytes });

export const menuCommandSchema = z.enum(MENU_COMMANDS);

export const hostWorkshopRequestSchema = z.strictObject({
  workshopUrl: automergeUrlSchema,
  hostName: displayNameSchema,
  newJoinCode: z.boolean().optional(),
});

const hubUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/]+$/, 'not a hub address')
  .max(300);

export const hostingInfoSchema = z.strictObject({
  hubUrl,
  joinCode: z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, 'not a join code'),
});

export const stopHostingRequestSchema = z.strictObject({});

export const listHubsRequestSchema = z.strictObject({});

/** More hubs than fit a dialog are not a room; the list stops here. */
export const MAX_LISTED_HUBS = 50;

/**
 * A hub as announced over mDNS, which anyone on the network can send: main checks each
 * announcement with this before listing it, and the renderer checks the list again.
 */
export const discoveredHubSchema = z.strictObject({
  name: z.string().max(255),
  hubUrl,
  hostName: displayNameSchema,
  workshopTitle: z.string().max(255),
  protocolVersion: z.number().int().min(1),
});

export const discoveredHubsSchema = z.array(discoveredHubSchema).max(MAX_LISTED_HUBS);

/** What the browser host answers instead, when it refuses a hosting or hub-list request. */
export const browserHostRefusalSchema = z.object({ error: z.string().max(500) });
