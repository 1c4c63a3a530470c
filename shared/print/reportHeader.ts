/**
 * What the running header and footer of every printed page show, as display text: the page
 * style draws them (pageStyleSheet.ts).
 */
export interface ReportHeader {
  workshopTitle: string;
  client: string;
  /** The workshop date, formatted for reading ("26 Nov 2026"), or empty. */
  date: string;
  /** Which report this is, e.g. "Value stream map: Current state". */
  report: string;
}
