import type { z } from 'zod';
import { firstProblem } from '../schemas/firstProblem';

/**
 * Why a change to a value stream map was refused. `field` names the input the UI should mark
 * (a key of the step, kaizen, flow or map details); `message` is written for the coach.
 */
export class VsmValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'VsmValidationError';
  }
}

/** Parses with `schema` or throws its first problem as a {@link VsmValidationError}. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = firstProblem(result.error, 'map');
  throw new VsmValidationError(field, message);
}
