import { memo, useMemo } from 'react';
import type { PageSetup } from '../../shared/print/pageSetup';
import type { ContentsPages } from './contentsPages';
import type { LoadedReport } from './loadReport';
import { ReportContents } from './ReportContents';
import { ReportCover } from './ReportCover';
import { reportEntries } from './reportEntries';
import { ReportSectionView } from './ReportSectionView';
import { WorkshopSummary } from './WorkshopSummary';

interface Props {
  report: LoadedReport;
  page: PageSetup;
  /** The contents' page numbers, once measured; only the contents render again then. */
  pages: ContentsPages | null;
}

/** The workshop report: cover, contents, a summary of every document, then each document. */
export const WorkshopReport = memo(function WorkshopReport({ report, page, pages }: Props) {
  const entries = useMemo(() => reportEntries(report), [report]);
  const generatedAt = useMemo(() => new Date(), []);
  return (
    <>
      <ReportCover workshop={report.workshop} generatedAt={generatedAt} />
      <ReportContents entries={entries} pages={pages} />
      <WorkshopSummary entries={entries} related={report.related} page={page} />
      {entries.map((entry) => (
        <ReportSectionView
          key={entry.id}
          entry={entry}
          related={report.related}
          page={page}
          numbered
        />
      ))}
    </>
  );
});
