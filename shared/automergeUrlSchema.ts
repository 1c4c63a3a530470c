import { z } from 'zod';

/**
 * An automerge document URL (`automerge:` and a base58check document id), wherever one crosses a
 * boundary: a file, IPC, a stored setting.
 */
export const automergeUrlSchema = z
  .string()
  .regex(/^automerge:[1-9A-HJ-NP-Za-km-z]{20,60}$/, 'not an automerge URL');
