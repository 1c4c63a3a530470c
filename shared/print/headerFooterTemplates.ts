import { PAGE_MARGINS_MM } from './pageSetup';
import type { ReportHeader } from './reportHeader';

/**
 * Chromium's printToPDF header and footer templates (Electron's main process and the tests'
 * page.pdf use the same ones). They are HTML strings rendered outside the page: no page CSS
 * or web fonts reach them, so they carry their own inline styles, and every piece of user
 * text is escaped — a workshop title is data, never markup.
 */
/**
 * The options of the PDF step every report goes through — Electron's `printToPDF`, the tests'
 * and benchmarks' `page.pdf`: the page size and margins come from the report's own `@page`,
 * backgrounds print, and the header and footer are the templates below.
 */
export function reportPdfOptions(header: ReportHeader) {
  return {
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: reportHeaderTemplate(header),
    footerTemplate: reportFooterTemplate(header),
  };
}

export function reportHeaderTemplate(header: ReportHeader): string {
  const client = header.client ? ` · ${escapeHtml(header.client)}` : '';
  return (
    `<div style="${BAND_STYLE}">` +
    `<span style="${CELL_STYLE}"><b>${escapeHtml(header.workshopTitle)}</b>${client}</span>` +
    `<span style="${CELL_STYLE};text-align:right;flex:none;max-width:40%">${escapeHtml(header.date)}</span>` +
    `</div>`
  );
}

export function reportFooterTemplate(header: ReportHeader): string {
  return (
    `<div style="${BAND_STYLE}">` +
    `<span style="${CELL_STYLE}">${escapeHtml(header.report)}</span>` +
    // Chromium fills elements of these classes with the current page and the page count.
    `<span style="flex:none">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>` +
    `</div>`
  );
}

/** Text to HTML: the five characters that could open markup or end an attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Templates default to a tiny font and no side padding; this lines up with the page's margins.
// No double quotes: the styles sit inside style="…" attributes, and a broken attribute makes
// Chromium lay the band out unstyled and shrink it to a few points.
const BAND_STYLE =
  "font-family:Inter,'Segoe UI','DejaVu Sans',Arial,sans-serif;font-size:8px;color:#4a5866;" +
  `box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGINS_MM.left}mm;display:flex;justify-content:space-between;gap:6mm;` +
  '-webkit-print-color-adjust:exact';
// A long title is cut with an ellipsis rather than pushing the date off the page.
const CELL_STYLE =
  'flex:1 1 auto;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis';
