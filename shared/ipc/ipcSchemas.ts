import { z } from 'zod';
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
  workshopUrl: z.string().regex(/^automerge:[1-9A-HJ-NP-Za-km-z]{20,60}$/, 'not an automerge URL'),
  hostName: z.string().max(100),
});

export const hostingInfoSchema = z.strictObject({
  hubUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/]+$/, 'not a hub address')
    .max(300),
  joinCode: z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, 'not a join code'),
});

export const stopHostingRequestSchema = z.strictObject({});
