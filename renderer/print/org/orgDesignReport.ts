import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { defineReportSection } from '../ReportSection';
import { OrgSection } from './OrgSection';
import { OrgSummary } from './OrgSummary';

/** How organisation designs appear in reports. */
export const orgDesignReport = defineReportSection<OrgDesignDoc>({
  kind: 'orgDesign',
  label: 'Organisation design',
  title: (design) => design.title || 'Untitled design',
  Summary: OrgSummary,
  Section: OrgSection,
});
