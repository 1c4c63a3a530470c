import type { ValueStreamMapDoc } from '../../../shared/vsm';
import { defineReportSection } from '../ReportSection';
import { MapSection } from './MapSection';
import { MapSummary } from './MapSummary';

/** How value stream maps appear in reports. */
export const valueStreamMapReport = defineReportSection<ValueStreamMapDoc>({
  kind: 'valueStreamMap',
  label: 'Value stream map',
  title: (map) => map.title || 'Untitled map',
  relatedUrls: (map) => (map.linkedMapUrl ? [map.linkedMapUrl] : []),
  Summary: MapSummary,
  Section: MapSection,
});
