/**
 * Shortens text to `maxChars` with an ellipsis: a bound on long free text (notes, kaizen
 * texts) in printed reports, where it wraps. Map labels are fitted by width (`wrapLabel`).
 */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}
