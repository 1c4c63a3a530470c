import type { ReportHeader } from '../../shared/print/reportHeader';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { formatDate } from '../library/formatDates';

/** The running header of a report on this workshop. */
export function reportHeaderFor(workshop: WorkshopDoc, report: string): ReportHeader {
  return {
    workshopTitle: workshop.title,
    client: workshop.client,
    date: workshop.date ? formatDate(workshop.date) : '',
    report,
  };
}
