import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import { leadingScenario } from '../../org/designOutline';

/** What the design is: its baseline's structure and its size. */
export function OrgTitleBlock({ design }: { design: OrgDesignDoc }) {
  const baseline = leadingScenario(design);
  const count = (record: Record<string, unknown>) => String(Object.keys(record).length);
  const rows: [string, string][] = [
    [
      'Baseline',
      baseline
        ? `${baseline.name} (${baseline.structure === 'matrix' ? 'matrix' : 'flat team'})`
        : '—',
    ],
    ['Scenarios', count(design.scenarios)],
    ['People', count(design.people)],
    ['Functional pools', count(design.pools)],
    ['IT services', count(design.services)],
  ];
  return (
    <dl className="print-title-block">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
