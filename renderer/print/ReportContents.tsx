import { memo, type MouseEvent, type ReactNode } from 'react';
import type { ContentsPages } from './contentsPages';
import type { ReportEntry } from './reportEntries';

export const SUMMARY_ID = 'report-summary';

interface Props {
  entries: readonly ReportEntry[];
  /** Where each section starts in the PDF; null until measured (contentsPages.ts). */
  pages: ContentsPages | null;
}

/**
 * The contents, with the page each section starts on, as links: in the PDF they jump to the
 * section's page. On screen they scroll instead of following the href, which would replace the
 * app's hash route.
 */
export const ReportContents = memo(function ReportContents({ entries, pages }: Props) {
  return (
    <nav className="report-contents" aria-labelledby="report-contents-heading">
      <h2 id="report-contents-heading">Contents</h2>
      <ol>
        <li className="report-contents-summary">
          <ContentsLink id={SUMMARY_ID} page={pages?.get(SUMMARY_ID)}>
            <span className="report-contents-title">Summary of every document</span>
          </ContentsLink>
        </li>
        {entries.map((entry) => (
          <li key={entry.id}>
            <ContentsLink id={entry.id} page={pages?.get(entry.id)}>
              <span className="report-contents-number">{entry.number}</span>
              <span className="report-contents-title">{entry.title}</span>
              <span className="report-contents-kind">{entry.label}</span>
            </ContentsLink>
          </li>
        ))}
      </ol>
    </nav>
  );
});

function ContentsLink(props: { id: string; page: number | undefined; children: ReactNode }) {
  const scrollTo = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(props.id)?.scrollIntoView();
  };
  return (
    <a href={`#${props.id}`} onClick={scrollTo}>
      {props.children}
      <span className="report-contents-page">
        {props.page !== undefined && (
          <>
            <span className="visually-hidden">page </span>
            {props.page}
          </>
        )}
      </span>
    </a>
  );
}
