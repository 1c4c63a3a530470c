import { useMemo } from 'react';
import type { PageSetup } from '../../shared/print/pageSetup';
import type { LoadedReport } from './loadReport';
import { ReportContents } from './ReportContents';
import { ReportCover } from './ReportCover';
import { reportEntries } from './reportEntries';
import { ReportSectionView } from './ReportSectionView';
import { WorkshopSummary } from './WorkshopSummary';

/** The workshop report: cover, contents, a summary of every document, then each document. */
export function WorkshopReport({ report, page }: { report: LoadedReport; page: PageSetup }) {
  const entries = useMemo(() => reportEntries(report), [report]);
  const generatedAt = useMemo(() => new Date(), []);
  return (
    <>
      <ReportCover workshop={report.workshop} generatedAt={generatedAt} />
      <ReportContents entries={entries} />
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
}
