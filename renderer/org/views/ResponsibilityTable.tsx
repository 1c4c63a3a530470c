import type { OrgDesignDoc } from '../../../shared/org/OrgDesignDoc';
import type { ResponsibilityView } from '../../../shared/org/responsibilityView';

interface Props {
  design: OrgDesignDoc;
  view: ResponsibilityView;
  scenarioName: string;
  /** Styled for paper (the report's tables) rather than the screen. */
  print?: boolean;
}

/**
 * Roles × the eleven process stages: ● where a role acts and someone holds it, ○ where it acts
 * but nobody holds it in this scenario; a stage nobody covers says so in its heading.
 */
export function ResponsibilityTable({ design, view, scenarioName, print = false }: Props) {
  const uncovered = new Set(view.uncoveredStages);
  const name = (personId: string) => design.people[personId]?.name ?? '';
  return (
    // Focusable, so a keyboard can scroll the eleven stages into view.
    <div
      className="org-table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`Roles and process stages in ${scenarioName}`}
    >
      <table
        className={`${print ? 'print-table' : 'org-table'} org-responsibility`}
        aria-label={`Responsibility in ${scenarioName}`}
      >
        <thead>
          <tr>
            <th scope="col">Role — who holds it</th>
            {view.stages.map((stage) => (
              <th
                key={stage.stage}
                scope="col"
                className={uncovered.has(stage.stage) ? 'is-uncovered' : undefined}
              >
                {stage.label}
                {uncovered.has(stage.stage) && <span className="org-uncovered"> ⚠ nobody</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => {
            const holders = row.personIds.map(name).join(', ');
            return (
              <tr key={row.roleId}>
                <th scope="row">
                  <span className="org-role-name">{row.roleName}</span>
                  <span className="org-holders">{holders || 'nobody in this scenario'}</span>
                </th>
                {view.stages.map((stage) => {
                  const acts = row.stages.includes(stage.stage);
                  if (!acts) return <td key={stage.stage} />;
                  const held = row.personIds.length > 0;
                  return (
                    <td key={stage.stage} className={held ? 'org-acts' : 'org-acts-unheld'}>
                      <span aria-hidden="true">{held ? '●' : '○'}</span>
                      <span className="visually-hidden">
                        {held ? 'acts here' : 'acts here, but nobody holds the role'}
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
