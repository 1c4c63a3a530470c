import { assessmentReport } from './assessment/assessmentReport';
import type { ReportSection } from './ReportSection';
import { orgDesignReport } from './org/orgDesignReport';
import { valueStreamMapReport } from './vsm/valueStreamMapReport';

/**
 * The report section of every document kind.
 * A new kind adds its entry here; the pipeline around it does not change.
 */
export const reportSections: readonly ReportSection[] = [
  valueStreamMapReport,
  orgDesignReport,
  assessmentReport,
];

export function reportSectionFor(kind: string): ReportSection | undefined {
  return reportSections.find((section) => section.kind === kind);
}
