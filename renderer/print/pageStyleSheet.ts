import { PAGE_MARGINS_MM, type PageSetup } from '../../shared/print/pageSetup';
import type { ReportHeader } from '../../shared/print/reportHeader';
import { REPORT_FONT_FAMILY } from './reportFont';

/** Longest text put into a page margin: the browser cannot ellipsize margin boxes by itself. */
const MARGIN_TEXT_CHARS = 90;

/**
 * The @page rule of a report: paper, orientation and margins from the page setup. With
 * `marginHeader` it also draws the running header and page numbers as CSS margin boxes — for
 * the browser's own print dialog only, because Chromium's PDF step draws its header templates
 * and would print both.
 */
export function pageStyleSheet(setup: PageSetup, marginHeader: ReportHeader | null): string {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  const boxes = marginHeader ? marginBoxes(marginHeader) : '';
  return `@page { size: ${setup.size} ${setup.orientation}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;${boxes} }`;
}

function marginBoxes(header: ReportHeader): string {
  const title = header.client ? `${header.workshopTitle} · ${header.client}` : header.workshopTitle;
  const style = `font-family: ${REPORT_FONT_FAMILY}; font-size: 8px; color: #4a5866;`;
  return [
    ` @top-left { content: ${cssString(title)}; ${style} }`,
    ` @top-right { content: ${cssString(header.date)}; ${style} }`,
    ` @bottom-left { content: ${cssString(header.report)}; ${style} }`,
    ` @bottom-right { content: "Page " counter(page) " of " counter(pages); ${style} }`,
  ].join('');
}

/** User text as a CSS string: quotes, backslashes and anything that could end the rule escaped. */
function cssString(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = Array.from(flat);
  const cut =
    chars.length > MARGIN_TEXT_CHARS ? `${chars.slice(0, MARGIN_TEXT_CHARS - 1).join('')}…` : flat;
  return `"${cut.replace(/[\\"<>{}]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
