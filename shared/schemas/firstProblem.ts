import type { z } from 'zod';

/**
 * The first problem zod found, as the input it concerns (the top-level key, or `fallbackField`)
 * and the schema's message, which the schemas write for the coach.
 */
export function firstProblem(
  error: z.ZodError,
  fallbackField: string,
): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path[0];
  return {
    field: typeof field === 'string' ? field : fallbackField,
    message: issue?.message ?? 'The value is not valid',
  };
}
