import type { z } from 'zod';
import { firstProblem } from '../schemas/firstProblem';

/**
 * Why a change to an organisation design was refused; nothing was changed. `field` names the
 * input the UI should mark (a key of the person, role, service, placement or thresholds, or
 * the id that no longer exists); `message` is written for the coach.
 */
export class OrgValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'OrgValidationError';
  }
}

/** Parses with `schema` or throws its first problem as an {@link OrgValidationError}. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = firstProblem(result.error, 'design');
  throw new OrgValidationError(field, message);
}
