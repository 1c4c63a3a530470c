import type { ComponentType } from 'react';
import type { PageSetup } from '../../shared/print/pageSetup';
import type { ArtefactKind } from '../../shared/workshop/WorkshopDoc';

export interface ReportSectionProps<Doc> {
  doc: Doc;
  /** The document's automerge URL. */
  url: string;
  /** Documents loaded because `relatedUrls` asked for them, by URL (missing ones are absent). */
  related: ReadonlyMap<string, unknown>;
  page: PageSetup;
}

/**
 * How one kind of document appears in printed reports. The report pipeline (loading,
 * cover, contents, page setup, running header, readiness for the PDF step) is the same for
 * every kind; a kind only says what its summary and its full section show.
 */
export interface ReportSection<Doc = unknown> {
  kind: ArtefactKind;
  /** Name of the kind in headings, e.g. "Value stream map". */
  label: string;
  title(doc: Doc): string;
  /** Other documents the section shows (a map's linked future state); loaded before rendering. */
  relatedUrls?(doc: Doc): string[];
  /** One paragraph and the key figures, for the workshop report's summary. */
  Summary: ComponentType<ReportSectionProps<Doc>>;
  /** The full section, under the heading the pipeline prints. */
  Section: ComponentType<ReportSectionProps<Doc>>;
}

/**
 * Registers a kind's section for documents of unknown shape. Sound because a section is only
 * handed documents whose `kind` is its own, and every document was checked against its kind's
 * schema when it was imported or synced.
 */
export function defineReportSection<Doc>(section: ReportSection<Doc>): ReportSection {
  return section as unknown as ReportSection;
}
