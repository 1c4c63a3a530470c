import type { z } from 'zod';

/** Where a value failed its schema and why: the input the UI should mark and the coach's sentence. */
export interface SchemaProblem {
  field: string;
  message: string;
}

/**
 * The first problem a failed parse found, as a {@link SchemaProblem}. Each capability wraps it
 * in its own refusal (VsmValidationError, AssessmentValidationError).
 */
export function firstProblem(error: z.ZodError, fallbackField: string): SchemaProblem {
  const issue = error.issues[0];
  const field = issue?.path[0];
  return {
    field: typeof field === 'string' ? field : fallbackField,
    message: issue?.message ?? 'The value is not valid',
  };
}
