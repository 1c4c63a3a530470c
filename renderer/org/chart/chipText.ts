import { CHIP_HEIGHT, DETAIL_SIZE, NAME_SIZE } from './chartGeometry';
import { fitText } from './fitText';
import { percent, type ChipLoad } from './personLoad';

/** Room at either side of a chip's text. */
export const CHIP_PAD = 8;
/** Baseline of a chip's first line, and the step to each further line of its name or detail. */
export const NAME_BASELINE = 17;
export const NAME_LINE = 17;
export const DETAIL_GAP = 16;
export const DETAIL_LINE = 15;
/** Room for "×3" at the end of the detail line. */
const MULTI_WIDTH = 28;

/** What a chip says, line by line: nothing cut that two lines can hold. */
export interface ChipText {
  name: string[];
  detail: string[];
  /** "⚠ 120 %" when over capacity, "⇄" when switching services, else empty. */
  flag: string;
  /** "×2" when the person is on several services. */
  multi: string;
}

/** The lines of one chip `width` wide: the person's name, then their role (in a matrix) and share. */
export function chipText(
  chip: { name: string; roleName: string; allocation: number; width: number },
  load: ChipLoad | undefined,
  showRole: boolean,
): ChipText {
  const over = load?.status === 'over';
  const flag = over ? `⚠ ${percent(load.total)}` : load?.switching ? '⇄' : '';
  // The flag's room, as fitText guesses text widths (bold 12 px), and a gap before it.
  const flagWidth = flag ? Array.from(flag).length * DETAIL_SIZE * 0.62 + 6 : 0;
  const multi = load && load.services > 1 ? `×${load.services}` : '';
  const detail = `${showRole ? `${chip.roleName} · ` : ''}${percent(chip.allocation)}`;
  const room = chip.width - 2 * CHIP_PAD;
  return {
    // The flag and "×2" sit at the end of the first lines only.
    name: wrapText(chip.name, room, NAME_SIZE, room - flagWidth),
    detail: wrapText(detail, room, DETAIL_SIZE, room - (multi ? MULTI_WIDTH : 0)),
    flag,
    multi,
  };
}

/** How tall a chip is with these lines: 40 for one line each, more for a second. */
export function chipHeight(text: Pick<ChipText, 'name' | 'detail'>): number {
  return CHIP_HEIGHT + (text.name.length - 1) * NAME_LINE + (text.detail.length - 1) * DETAIL_LINE;
}

/** Where the first detail line sits, under however many lines the name took. */
export function detailBaseline(text: Pick<ChipText, 'name'>): number {
  return NAME_BASELINE + (text.name.length - 1) * NAME_LINE + DETAIL_GAP;
}

/**
 * `text` in lines of at most `width` pixels at `fontSize` (the first line `firstWidth`, beside a
 * flag), broken after spaces, hyphens and slashes; a long name or role takes a second line (a
 * third would make chips of very different sizes), and what does not fit in two is cut with "…".
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  firstWidth = width,
): string[] {
  const whole = text.trim();
  const fits = (line: string, room: number) => fitText(line, room, fontSize) === line;
  if (fits(whole, firstWidth)) return [whole];
  // Not at a no-break space: "80 %" stays whole.
  const pieces = whole.match(/[^ /-]*[ /-]+|[^ /-]+$/g) ?? [whole];
  let first = '';
  let next = 0;
  while (
    next < pieces.length &&
    (first === '' || fits((first + pieces[next]).trim(), firstWidth))
  ) {
    first += pieces[next++];
  }
  const rest = pieces.slice(next).join('').trim();
  if (rest === '') return [fitText(whole, firstWidth, fontSize)];
  return [fitText(first.trim(), firstWidth, fontSize), fitText(rest, width, fontSize)];
}
