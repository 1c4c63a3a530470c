import type { MouseEvent } from 'react';
import type { ReportEntry } from './reportEntries';

export const SUMMARY_ID = 'report-summary';

/**
 * The contents, as links to each section: in the PDF they jump to the section's page. On
 * screen they scroll instead of following the href, which would replace the app's hash route.
 */
export function ReportContents({ entries }: { entries: readonly ReportEntry[] }) {
  const scrollTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.scrollIntoView();
  };
  return (
    <nav className="report-contents" aria-labelledby="report-contents-heading">
      <h2 id="report-contents-heading">Contents</h2>
      <ol>
        <li className="report-contents-summary">
          <a href={`#${SUMMARY_ID}`} onClick={(event) => scrollTo(event, SUMMARY_ID)}>
            Summary of every document
          </a>
        </li>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} onClick={(event) => scrollTo(event, entry.id)}>
              <span className="report-contents-number">{entry.number}</span>
              <span className="report-contents-title">{entry.title}</span>
              <span className="report-contents-kind">{entry.label}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
