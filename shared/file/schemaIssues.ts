import type { z } from 'zod';

/** How many of a schema's complaints a support detail lists. */
const LISTED_ISSUES = 3;

/**
 * A schema's complaints as one line for a support request: "steps.0.processTime.value: Too
 * small: expected number to be >=0; title: …". Never shown to the coach as the message.
 */
export function schemaIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  const more = issues.length - LISTED_ISSUES;
  return [...listed, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
}
