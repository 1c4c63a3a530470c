/**
 * A file name for the Save dialog from a document title: no path separators or characters
 * Windows refuses (main rejects those), at most 100 characters, never empty.
 */
export function exportFileName(title: string, extension: string, fallback: string): string {
  const base = Array.from(
    title
      .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, 100)
    .join('')
    .trim();
  return `${base || fallback}.${extension}`;
}
