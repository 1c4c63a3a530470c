import type { AssessmentDoc } from '../../../shared/assessment/AssessmentDoc';
import { defineReportSection } from '../ReportSection';
import { AssessmentReportSection } from './AssessmentReportSection';
import { AssessmentReportSummary } from './AssessmentReportSummary';

/** How implementation-type assessments appear in reports. */
export const assessmentReport = defineReportSection<AssessmentDoc>({
  kind: 'assessment',
  label: 'Assessment',
  title: (doc) => doc.title || 'Untitled assessment',
  Summary: AssessmentReportSummary,
  Section: AssessmentReportSection,
});
