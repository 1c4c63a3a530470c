/**
 * Shortens text to `maxChars` with an ellipsis. Counting characters rather than measuring
 * keeps rendering free of layout reads; the full text is in the element's <title>.
 */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

/** The first words of a text on up to `lines` lines of `perLine` characters, "…" if cut. */
export function firstWords(text: string, perLine: number, lines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const result: string[] = [];
  let next = 0;
  while (next < words.length && result.length < lines) {
    let line = words[next++]!;
    while (next < words.length && `${line} ${words[next]}`.length <= perLine) {
      line = `${line} ${words[next++]}`;
    }
    result.push(line);
  }
  if (next < words.length) result[result.length - 1] = `${result.at(-1)!}…`;
  return result.map((line) => truncateLabel(line, perLine));
}
