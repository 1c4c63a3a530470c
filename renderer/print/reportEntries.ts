import type { LoadedReport, ReportDocument } from './loadReport';
import type { ReportSection } from './ReportSection';
import { reportSectionFor } from './reportSections';

/** One document's place in a report: its anchor, number, title and the section that prints it. */
export interface ReportEntry {
  /** Element id of its section, the target of the contents' links. */
  id: string;
  number: number;
  document: ReportDocument;
  /** Undefined for a kind this version of Obeya cannot print. */
  section: ReportSection | undefined;
  title: string;
  label: string;
}

export function reportEntries(report: LoadedReport): ReportEntry[] {
  return report.documents.map((document, index) => {
    const section = reportSectionFor(document.kind);
    return {
      id: `report-section-${index + 1}`,
      number: index + 1,
      document,
      section,
      title:
        document.doc === null ? 'Missing document' : (section?.title(document.doc) ?? 'Untitled'),
      label: section?.label ?? document.kind,
    };
  });
}
