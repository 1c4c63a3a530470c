/** Width of a text as it will be drawn, in map units (the renderer measures its real font). */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidth`, at spaces; a word too
 * long for a line on its own is split where it must. Only what still does not fit is cut, and
 * the last line then ends in "…" (the full text belongs in the drawing's <title>).
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: MeasureText,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let next = 0;
  while (next < words.length && lines.length < maxLines) {
    const word = words[next]!;
    if (measure(word) > maxWidth) {
      const chars = Array.from(word);
      const fits = Math.max(
        1,
        longestFit(chars.length, (n) => chars.slice(0, n).join(''), maxWidth, measure),
      );
      lines.push(chars.slice(0, fits).join(''));
      if (fits === chars.length) next++;
      else words[next] = chars.slice(fits).join('');
      continue;
    }
    let line = word;
    next++;
    while (next < words.length && measure(`${line} ${words[next]!}`) <= maxWidth) {
      line = `${line} ${words[next++]!}`;
    }
    lines.push(line);
  }
  if (next < words.length && lines.length > 0) {
    const rest = `${lines.pop()!} ${words.slice(next).join(' ')}`;
    lines.push(ellipsize(rest, maxWidth, measure));
  }
  return lines;
}

/** The text, or as much of it as fits in `maxWidth` followed by "…". */
export function ellipsize(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  return cut(longestFit(chars.length - 1, cut, maxWidth, measure));
}

/** The largest n in 0…max whose `piece(n)` fits (binary search: width grows with n). */
function longestFit(
  max: number,
  piece: (n: number) => string,
  maxWidth: number,
  measure: MeasureText,
): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(piece(mid)) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low;
}
