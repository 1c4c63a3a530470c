/**
 * User Timing marks the print view sets on its way to ready, in this order: a performance
 * profile, or the report benchmark, reads from them where a report's time goes. A PDF export
 * in the browser starts with `request`; a window opened on the print route starts at its
 * navigation.
 */
export const PRINT_MARKS = {
  /** The export was asked for (browser host: just before the tab opens the print route). */
  request: 'obeya-print:request',
  /** The print view is mounted and starts loading the report's documents. */
  view: 'obeya-print:view',
  /** Every document of the report is loaded. */
  loaded: 'obeya-print:loaded',
  /** The report is rendered (React committed it). */
  rendered: 'obeya-print:rendered',
  /** Fonts are in and the contents carry page numbers: the PDF step may start. */
  ready: 'obeya-print:ready',
} as const;

export type PrintMark = keyof typeof PRINT_MARKS;
