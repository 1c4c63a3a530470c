import { z } from 'zod';

/**
 * What the running header of every printed page shows, as display text. The print view
 * publishes it when it is ready; the PDF step (Electron's main process, or a test) reads it
 * back, so the header always names the workshop actually rendered.
 */
export interface ReportHeader {
  workshopTitle: string;
  client: string;
  /** The workshop date, formatted for reading ("26 Nov 2026"), or empty. */
  date: string;
  /** Which report this is, e.g. "Value stream map: Current state". */
  report: string;
}

const text = z.string().max(1000);

/** The header as read back from the page: a renderer is not trusted to send well-formed data. */
export const reportHeaderSchema = z.strictObject({
  workshopTitle: text,
  client: text,
  date: text,
  report: text,
});
