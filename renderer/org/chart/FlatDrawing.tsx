import { memo } from 'react';
import { CELL_PADDING, DETAIL_SIZE, HEADING_SIZE } from './chartGeometry';
import { ChartDefs, type PatternIds } from './ChartDefs';
import { ChipViews } from './ChipView';
import { remoteSignature } from './remoteMarks';
import { fitText } from './fitText';
import { HEADING_LINE, type FlatLayout, type RoleGroup } from './flatLayout';
import { fte, type ChipLoad } from './personLoad';

/** What the editor adds to the drawing: focus, selection and colleagues' selections. */
export interface FlatInteraction {
  /** The role group in the tab order (arrow keys move it). */
  activeRoleId: string | null;
  selectedKey: string | null;
  selectedRoleId: string | null;
  /** The team picked from the checks: outlined. */
  teamSelected: boolean;
  remote: ReadonlyMap<string, string>;
  /** The names of the colleagues in `remote`, by the person they have selected. */
  remoteNames?: ReadonlyMap<string, string>;
}

interface Props {
  layout: FlatLayout;
  loads: ReadonlyMap<string, ChipLoad>;
  ids: PatternIds;
  /** A short warning on the team from its checks ("⚠ 12 people: split the team"). */
  teamFlag: string;
  interaction: FlatInteraction | null;
}

/**
 * The flat team as SVG: the team and its figures on top, the Service Master and Process Master
 * at its head, then one group per role with its people. A required role nobody holds is
 * hatched and says "missing". The same drawing serves the editor, files and the report.
 */
export function FlatDrawing({ layout, loads, ids, teamFlag, interaction }: Props) {
  const { team } = layout;
  const head = layout.groups.filter((group) => group.head);
  const members = layout.groups.filter((group) => !group.head);
  const teamBottom = team.y + team.height;
  const centre = (group: RoleGroup) => group.x + group.width / 2;
  return (
    <>
      <ChartDefs ids={ids} />
      <g className="org-flat-lines" aria-hidden="true">
        {head.map((group) => (
          <line
            key={group.role.id}
            x1={centre(group)}
            y1={teamBottom}
            x2={centre(group)}
            y2={group.y}
          />
        ))}
        {members.length > 0 && (
          <>
            <line x1={team.width / 2} y1={teamBottom} x2={team.width / 2} y2={layout.busY} />
            <line
              x1={Math.min(...members.map(centre))}
              y1={layout.busY}
              x2={Math.max(...members.map(centre))}
              y2={layout.busY}
            />
            {members.map((group) => (
              <line
                key={group.role.id}
                x1={centre(group)}
                y1={layout.busY}
                x2={centre(group)}
                y2={group.y}
              />
            ))}
          </>
        )}
      </g>
      <g
        className={`org-team-header${interaction?.teamSelected ? ' is-selected' : ''}`}
        data-team-id="team"
      >
        <rect className="org-header-box" width={team.width} height={team.height} rx="8" />
        <text className="org-heading" x={CELL_PADDING * 2} y={24}>
          {fitText(team.name, team.width / 2, HEADING_SIZE)}
        </text>
        <text className="org-figures" x={CELL_PADDING * 2} y={45}>
          {`${team.people} ${team.people === 1 ? 'person' : 'people'} · ${fte(team.total)} · ${team.paths} communication paths`}
        </text>
        {teamFlag && (
          <text
            className="org-header-flag"
            x={team.width - CELL_PADDING * 2}
            y={45}
            textAnchor="end"
          >
            {fitText(teamFlag, team.width / 2 - CELL_PADDING * 4, DETAIL_SIZE)}
          </text>
        )}
      </g>
      {layout.groups.map((group) => (
        <RoleGroupView
          key={group.role.id}
          group={group}
          loads={loads}
          ids={ids}
          interactive={interaction !== null}
          active={interaction?.activeRoleId === group.role.id}
          selected={interaction?.selectedRoleId === group.role.id}
          selectedKey={
            interaction?.selectedKey &&
            group.chips.some((chip) => chip.key === interaction.selectedKey)
              ? interaction.selectedKey
              : null
          }
          remote={remoteSignature(group.chips, interaction?.remote, interaction?.remoteNames)}
        />
      ))}
    </>
  );
}

interface GroupProps {
  group: RoleGroup;
  loads: ReadonlyMap<string, ChipLoad>;
  ids: PatternIds;
  interactive: boolean;
  active: boolean;
  selected: boolean;
  selectedKey: string | null;
  remote: string;
}

const RoleGroupView = memo(
  function RoleGroupView(props: GroupProps) {
    const { group, loads, ids, interactive, active, selected, selectedKey, remote } = props;
    const people = new Set(group.chips.map((chip) => chip.personId)).size;
    const figures =
      people === 0
        ? group.missing
          ? '⚠ missing — nobody holds it'
          : 'nobody yet'
        : `${people} ${people === 1 ? 'person' : 'people'} · ${fte(group.total)}`;
    const label = `${group.role.name}${group.role.requiredPerService ? ' (required)' : ''}: ${figures}`;
    return (
      <g
        className={`org-role-group${group.head ? ' is-head' : ''}${group.missing ? ' is-missing' : ''}${selected ? ' is-selected' : ''}`}
        data-role-id={group.role.id}
      >
        <g
          className="org-group-target"
          data-drop-target={interactive ? group.role.id : undefined}
          role={interactive ? 'button' : undefined}
          tabIndex={interactive ? (active ? 0 : -1) : undefined}
          aria-label={interactive ? label : undefined}
        >
          <title>{label}</title>
          <rect
            className="org-group-box"
            x={group.x}
            y={group.y}
            width={group.width}
            height={group.height}
            rx="8"
          />
          {group.missing && (
            <rect
              className="org-cell-pattern"
              x={group.x}
              y={group.y}
              width={group.width}
              height={group.height}
              rx="8"
              fill={`url(#${ids.missing})`}
            />
          )}
          <text className="org-heading" x={group.x + CELL_PADDING} y={group.y + 20}>
            {group.heading.map((line, index) => (
              <tspan key={index} x={group.x + CELL_PADDING} dy={index === 0 ? 0 : HEADING_LINE}>
                {line}
              </tspan>
            ))}
          </text>
          <text
            className={group.missing ? 'org-header-flag' : 'org-figures'}
            x={group.x + CELL_PADDING}
            y={group.y + group.headerHeight - 10}
          >
            {fitText(figures, group.width - 2 * CELL_PADDING, DETAIL_SIZE)}
          </text>
        </g>
        <ChipViews
          chips={group.chips}
          loads={loads}
          interactive={interactive}
          focusable={active}
          selectedKey={selectedKey}
          remote={remote}
        />
      </g>
    );
  },
  (before, after) =>
    before.group.signature === after.group.signature &&
    before.group.missing === after.group.missing &&
    before.interactive === after.interactive &&
    before.active === after.active &&
    before.selected === after.selected &&
    before.selectedKey === after.selectedKey &&
    before.remote === after.remote &&
    before.ids === after.ids,
);
