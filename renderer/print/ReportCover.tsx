import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { formatDate } from '../library/formatDates';
import { listedArtefacts } from '../../shared/workshop/listedArtefacts';

/** The workshop report's first page: what, for whom, when, by whom, and when it was printed. */
export function ReportCover({
  workshop,
  generatedAt,
}: {
  workshop: WorkshopDoc;
  generatedAt: Date;
}) {
  const details: [label: string, value: string][] = [
    ['Client', workshop.client],
    ['Workshop date', workshop.date ? formatDate(workshop.date) : ''],
    ['Facilitator', workshop.facilitator],
    ['Documents', String(listedArtefacts(workshop).length)],
    ['Generated', formatGenerated(generatedAt)],
  ];
  return (
    <header className="report-cover">
      <p className="report-eyebrow">Workshop report</p>
      <h1 className="report-cover-title">{workshop.title}</h1>
      <dl className="report-cover-details">
        {details.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** "26 Nov 2026, 14:05", independent of the machine's locale settings. */
function formatGenerated(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time}`;
}
