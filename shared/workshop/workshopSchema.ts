import { z } from 'zod';
import { automergeUrlSchema } from '../automergeUrlSchema';
import { ARTEFACT_KINDS } from './WorkshopDoc';

/** Longest text accepted in a single-line field (titles, names). */
export const MAX_LINE_LENGTH = 200;

const line = (label: string) =>
  z
    .string()
    .max(MAX_LINE_LENGTH, `${label} is longer than ${MAX_LINE_LENGTH} characters`)
    .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value), {
      message: `${label} contains control characters`,
    });

export const workshopTitleSchema = line('The title')
  .transform((value) => value.trim())
  .pipe(z.string().min(1, 'The title cannot be empty'));

export const isoDateSchema = z.string().refine((value) => value === '' || isValidIsoDate(value), {
  message: 'The date must be a real calendar date (yyyy-mm-dd)',
});

export const workshopDetailsSchema = z.object({
  title: workshopTitleSchema,
  client: line('The client name').transform((value) => value.trim()),
  date: isoDateSchema,
  facilitator: line('The facilitator name').transform((value) => value.trim()),
});

export const artefactRefSchema = z.object({
  url: automergeUrlSchema,
  kind: z.enum(ARTEFACT_KINDS),
  addedAt: z.number().finite(),
  title: z.string().max(MAX_LINE_LENGTH).optional(),
  deletedAt: z.number().finite().optional(),
});

/** Shape of a workshop document as loaded from storage, a file or a peer. */
export const workshopDocSchema = z.object({
  schemaVersion: z.number().int().min(1),
  kind: z.literal('workshop'),
  title: z.string().max(MAX_LINE_LENGTH),
  client: z.string().max(MAX_LINE_LENGTH),
  date: isoDateSchema,
  facilitator: z.string().max(MAX_LINE_LENGTH),
  artefacts: z.array(artefactRefSchema).max(1000),
  createdAt: z.number().finite(),
  updatedAt: z.number().finite(),
});

function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
