import { z } from 'zod';
import { automergeUrlSchema } from '../automergeUrlSchema';
import { parseJoinCode } from './joinCode';

/** How many workshops a remembered hub lists; more were never hosted on one laptop at once. */
export const MAX_REMEMBERED_WORKSHOPS = 100;

/**
 * The file in which a laptop remembers where its last hub listened and with which code (see
 * `main/hub/HostingMemory.ts`): read back from disk, so checked like any other input.
 */
export const rememberedHubSchema = z.strictObject({
  // A hub takes a port the system hands out, never a privileged one.
  port: z.number().int().min(1024).max(65535),
  joinCode: z.string().refine((code) => parseJoinCode(code) === code, 'not a join code'),
  workshopUrls: z.array(automergeUrlSchema).max(MAX_REMEMBERED_WORKSHOPS),
});
export type RememberedHub = z.infer<typeof rememberedHubSchema>;
