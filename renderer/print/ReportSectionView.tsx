import { memo } from 'react';
import type { PageSetup } from '../../shared/print/pageSetup';
import type { ReportEntry } from './reportEntries';

interface Props {
  entry: ReportEntry;
  related: ReadonlyMap<string, unknown>;
  page: PageSetup;
  /** A workshop report numbers its sections (h2); a document report is the document (h1). */
  numbered: boolean;
}

/** One document's full section under its heading, or a note saying why it cannot be printed. */
export const ReportSectionView = memo(function ReportSectionView({
  entry,
  related,
  page,
  numbered,
}: Props) {
  const { document, section } = entry;
  const Heading = numbered ? 'h2' : 'h1';
  return (
    <section id={entry.id} className="report-section" aria-labelledby={`${entry.id}-heading`}>
      <Heading id={`${entry.id}-heading`} className="report-section-heading">
        {numbered && <span className="report-section-number">{entry.number}</span>}
        <span className="report-section-title">{entry.title}</span>
        <span className="report-section-kind">{entry.label}</span>
      </Heading>
      {document.doc === null ? (
        <p className="report-note">
          This document is not stored on this device, so it cannot be printed.
        </p>
      ) : section ? (
        <section.Section doc={document.doc} url={document.url} related={related} page={page} />
      ) : (
        <p className="report-note">This version of Obeya cannot print documents of this kind.</p>
      )}
    </section>
  );
});
