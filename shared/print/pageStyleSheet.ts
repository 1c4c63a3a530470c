import { PAGE_MARGINS_MM, type PageSetup } from './pageSetup';
import type { ReportHeader } from './reportHeader';

/** Longest text put into a page margin: the browser cannot ellipsize margin boxes by itself. */
const MARGIN_TEXT_CHARS = 90;

/** The named page of the workshop report's cover, which prints without header and footer. */
const COVER_PAGE = 'report-cover';

/**
 * The page style of a report: paper, orientation and margins from the page setup and, once the
 * report is known, its running header and page numbers as CSS margin boxes. They stay for as
 * long as the report is shown, so every way of printing it — the toolbar, Ctrl+P, a second
 * print, Electron's printToPDF, a test's page.pdf — prints them, and prints them once: no PDF
 * step adds header or footer templates of its own (pdfOptions.ts). The cover (`.report-cover`)
 * is a page of its own name without them.
 */
export function pageStyleSheet(
  setup: PageSetup,
  header: ReportHeader | null,
  fontFamily: string,
): string {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  const page = `@page { size: ${setup.size} ${setup.orientation}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;`;
  if (!header) return `${page} }`;
  const cover = [
    `.report-cover { page: ${COVER_PAGE}; }`,
    `@page ${COVER_PAGE} {${MARGIN_BOXES.map((box) => ` @${box} { content: none; }`).join('')} }`,
  ];
  return [`${page}${marginBoxes(header, fontFamily)} }`, ...cover].join('\n');
}

const MARGIN_BOXES = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

function marginBoxes(header: ReportHeader, fontFamily: string): string {
  const title = header.client ? `${header.workshopTitle} · ${header.client}` : header.workshopTitle;
  const style = `font-family: ${fontFamily}; font-size: 8px; color: #4a5866;`;
  const content: Record<(typeof MARGIN_BOXES)[number], string> = {
    'top-left': cssString(title),
    'top-right': cssString(header.date),
    'bottom-left': cssString(header.report),
    'bottom-right': '"Page " counter(page) " of " counter(pages)',
  };
  return MARGIN_BOXES.map((box) => ` @${box} { content: ${content[box]}; ${style} }`).join('');
}

/** User text as a CSS string: quotes, backslashes and anything that could end the rule escaped. */
function cssString(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  const cut =
    chars.length > MARGIN_TEXT_CHARS ? `${chars.slice(0, MARGIN_TEXT_CHARS - 1).join('')}…` : flat;
  return `"${cut.replace(/[\\"<>{}]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
