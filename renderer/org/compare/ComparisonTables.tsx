import type { OrgCheck } from '../../../shared/org/checks/OrgCheck';
import type { ScenarioComparison, ScenarioFigures } from '../../../shared/org/compareScenarios';
import { RULE_LABELS, SEVERITY_WORDS } from '../checkWords';
import { figure, money, signed } from '../orgFigures';

interface Props {
  comparison: ScenarioComparison;
  currency: string;
  /** Heading level of the parts: 3 in the editor, 4 under the report's section headings. */
  level?: 3 | 4;
  /** Styled for paper (the report's tables and notes) rather than the screen. */
  print?: boolean;
}

/**
 * Two scenarios side by side: headcount, FTE and cost, per service, team sizes, the findings
 * each has that the other has not, and who moved where. The editor and the report show the
 * same tables.
 */
export function ComparisonTables({ comparison, currency, level = 3, print = false }: Props) {
  const table = print ? 'print-table' : 'org-table';
  const note = print ? 'report-note' : 'org-muted';
  const { a, b } = comparison;
  const Heading = `h${level}` as const;
  const hasCost = a.cost !== null || b.cost !== null;
  type Total = [string, (figures: ScenarioFigures) => number | null, (value: number) => string];
  const cost: Total = ['Cost per year', (f) => f.cost, (value) => money(value, currency)];
  const totals: Total[] = [
    ['People placed', (f) => f.headcount, figure],
    ['FTE placed', (f) => f.fte, figure],
    ...(hasCost ? [cost] : []),
    ['Errors', (f) => f.counts.error, figure],
    ['Warnings', (f) => f.counts.warning, figure],
    ['Notes', (f) => f.counts.info, figure],
  ];
  return (
    <div className="org-comparison">
      <table className={table} aria-label={`${a.name} compared with ${b.name}`}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{a.name}</th>
            <th scope="col">{b.name}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Structure</th>
            <td>{a.structure === 'matrix' ? 'Matrix' : 'Flat team'}</td>
            <td>{b.structure === 'matrix' ? 'Matrix' : 'Flat team'}</td>
            <td />
          </tr>
          {totals.map(([label, read, format]) => {
            const before = read(a);
            const after = read(b);
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="org-number">{before === null ? '—' : format(before)}</td>
                <td className="org-number">{after === null ? '—' : format(after)}</td>
                <td className="org-number">
                  {before === null || after === null ? '' : signed(after - before, format)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hasCost && (a.missingRatePersonIds.length > 0 || b.missingRatePersonIds.length > 0) && (
        <p className={note}>
          Costs leave out people without a cost rate ({a.missingRatePersonIds.length} in {a.name},{' '}
          {b.missingRatePersonIds.length} in {b.name}).
        </p>
      )}

      <Heading>Per service</Heading>
      {comparison.services.length === 0 ? (
        <p className={note}>No services yet.</p>
      ) : (
        <table className={table} aria-label="FTE and cost per service">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">FTE in {a.name}</th>
              <th scope="col">FTE in {b.name}</th>
              {hasCost && <th scope="col">Cost in {a.name}</th>}
              {hasCost && <th scope="col">Cost in {b.name}</th>}
            </tr>
          </thead>
          <tbody>
            {comparison.services.map((service) => (
              <tr key={service.serviceId}>
                <th scope="row">{service.name}</th>
                <td className="org-number">{figure(service.a.fte)}</td>
                <td className="org-number">{figure(service.b.fte)}</td>
                {hasCost && (
                  <td className="org-number">
                    {service.a.cost === null ? '—' : money(service.a.cost, currency)}
                  </td>
                )}
                {hasCost && (
                  <td className="org-number">
                    {service.b.cost === null ? '—' : money(service.b.cost, currency)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(a.sharedEvenly || b.sharedEvenly) && comparison.services.length > 1 && (
        <p className={note}>
          A flat team works on every service: its FTE and cost are split evenly between them.
        </p>
      )}

      <Heading>Team sizes</Heading>
      <div className="org-compare-columns">
        {[a, b].map((figures) => (
          <table key={figures.scenarioId} className={table} aria-label={`Teams of ${figures.name}`}>
            <caption>{figures.name}</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">People</th>
                <th scope="col">FTE</th>
              </tr>
            </thead>
            <tbody>
              {figures.teams.map((team) => (
                <tr key={team.teamId}>
                  <th scope="row">{team.name}</th>
                  <td className="org-number">{team.size}</td>
                  <td className="org-number">{figure(team.fte)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>

      <Heading>Checks that differ</Heading>
      <div className="org-compare-columns">
        <CheckList
          title={`Only in ${a.name} (${b.name} has fixed them)`}
          checks={comparison.checksOnlyInA}
          note={note}
        />
        <CheckList
          title={`Only in ${b.name} (new there)`}
          checks={comparison.checksOnlyInB}
          note={note}
        />
      </div>

      <Heading>Who moved where</Heading>
      {comparison.moves.length === 0 ? (
        <p className={note}>Everyone is placed the same in both.</p>
      ) : (
        <table className={`${table} org-moves`} aria-label="Who moved where">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">In {a.name}</th>
              <th scope="col">In {b.name}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.moves.map((move) => (
              <tr key={move.personId}>
                <th scope="row">{move.name}</th>
                <td>
                  {move.from.length === 0 ? 'not placed' : move.from.map((p) => p.label).join('; ')}
                </td>
                <td>
                  {move.to.length === 0 ? 'not placed' : move.to.map((p) => p.label).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function CheckList(props: { title: string; checks: readonly OrgCheck[]; note: string }) {
  const { title, checks, note } = props;
  return (
    <section className="org-compare-checks" aria-label={title}>
      <p className="org-compare-checks-title">{title}</p>
      {checks.length === 0 ? (
        <p className={note}>None.</p>
      ) : (
        <ul>
          {checks.map((check) => (
            <li key={check.id} className={`severity-${check.severity}`}>
              <strong>
                <span aria-hidden="true">{SEVERITY_WORDS[check.severity].icon}</span>{' '}
                {SEVERITY_WORDS[check.severity].word}
              </strong>{' '}
              {check.reason} <span className={note}>({RULE_LABELS[check.rule]})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
