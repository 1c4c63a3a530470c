import type { z } from 'zod';
import { firstProblem } from '../schemas/firstProblem';

/**
 * Why a change to an assessment was refused. `field` names the input the UI should mark
 * (`value`, `itemId`, `name`, …); the message says what is wrong, for the coach, and that
 * nothing was changed.
 */
export class AssessmentValidationError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${/[.!?]$/.test(problem) ? problem : `${problem}.`} Nothing was changed.`);
    this.name = 'AssessmentValidationError';
  }
}

/**
 * Parses with `schema` or throws its first problem as an {@link AssessmentValidationError};
 * `field` names the input when the value is a single field rather than an object.
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, field = 'assessment'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problem = firstProblem(result.error, field);
  throw new AssessmentValidationError(problem.field, problem.message);
}
