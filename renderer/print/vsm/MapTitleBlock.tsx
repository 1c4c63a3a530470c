import { formatNumber, UNIT_SYMBOLS, type ValueStreamMapDoc } from '../../../shared/vsm';
import { truncateLabel } from '../../vsm/map/truncateLabel';

/** Fields hold at most 200 characters (the scope two of them): anything longer is cut. */
const FIELD_CHARS = 410;

/** What the map is of: state, scope from trigger to outcome, customer and supplier, units. */
export function MapTitleBlock({
  map,
  linkedTitle,
}: {
  map: ValueStreamMapDoc;
  linkedTitle: string | null;
}) {
  const { timeConventions: conventions, demand } = map;
  const rows: [label: string, value: string][] = [
    ['State', map.state === 'current' ? 'Current state' : 'Future state'],
    ['Scope', `${map.scope.trigger || '—'} → ${map.scope.outcome || '—'}`],
    ['Customer', map.customer || '—'],
    ['Supplier', map.supplier || '—'],
    [
      'Time conventions',
      `figures in ${conventions.displayUnit}; a working day is ${formatNumber(conventions.workingHoursPerDay)} h, a week ${formatNumber(conventions.workingDaysPerWeek)} d`,
    ],
  ];
  if (demand)
    rows.push([
      'Customer demand',
      `${formatNumber(demand.quantity)} per ${UNIT_SYMBOLS[demand.per]}`,
    ]);
  if (linkedTitle !== null) {
    rows.push([
      map.state === 'current' ? 'Future state' : 'Current state',
      linkedTitle || 'Untitled map',
    ]);
  }
  return (
    <dl className="print-title-block">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{truncateLabel(value, FIELD_CHARS)}</dd>
        </div>
      ))}
    </dl>
  );
}
