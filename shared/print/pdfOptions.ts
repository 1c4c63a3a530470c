/**
 * The options of the PDF step every report goes through — Electron's `printToPDF`, the tests'
 * and benchmarks' `page.pdf`: the page size and margins come from the report's own `@page`,
 * backgrounds print, and no header or footer template is added, because the report draws its
 * running header and page numbers itself (pageStyleSheet.ts) and would show both.
 */
export const REPORT_PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
} as const;
