import { memo } from 'react';
import type { PageSetup } from '../../shared/print/pageSetup';
import { SUMMARY_ID } from './ReportContents';
import type { ReportEntry } from './reportEntries';

interface Props {
  entries: readonly ReportEntry[];
  related: ReadonlyMap<string, unknown>;
  page: PageSetup;
}

/** Every document in a paragraph and its key figures, for readers who stop after one page. */
export const WorkshopSummary = memo(function WorkshopSummary({ entries, related, page }: Props) {
  return (
    <section id={SUMMARY_ID} className="report-summary" aria-labelledby={`${SUMMARY_ID}-heading`}>
      <h2 id={`${SUMMARY_ID}-heading`}>Summary</h2>
      {entries.length === 0 && <p className="report-note">This workshop holds no documents yet.</p>}
      {entries.map(({ id, number, title, label, document, section }) => (
        <article
          key={id}
          className="report-summary-item print-block"
          aria-labelledby={`${id}-summary`}
        >
          <h3 id={`${id}-summary`}>
            <span className="report-section-number">{number}</span>
            <span className="report-section-title">{title}</span>
            <span className="report-section-kind">{label}</span>
          </h3>
          {document.doc !== null && section ? (
            <section.Summary doc={document.doc} url={document.url} related={related} page={page} />
          ) : (
            <p className="report-note">Not printed: see its section.</p>
          )}
        </article>
      ))}
    </section>
  );
});
