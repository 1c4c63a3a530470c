/** Average advance of Inter's characters, in ems: enough to cut a label before it overflows. */
const AVERAGE_ADVANCE = 0.58;

/**
 * `text` cut with "…" to fit `width` pixels at `fontSize`. SVG text does not wrap or clip, so
 * the charts cut labels themselves; the whole text stays in the element's title and label.
 */
export function fitText(text: string, width: number, fontSize: number): string {
  const room = Math.max(1, Math.floor(width / (fontSize * AVERAGE_ADVANCE)));
  const chars = Array.from(text.trim());
  return chars.length <= room ? chars.join('') : `${chars.slice(0, room - 1).join('')}…`;
}
