import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ScenarioModel } from '../../../shared/org/scenarioModel';
import { selectedPersonId, type OrgSelection } from '../orgSelection';
import { ChartFrame } from './ChartFrame';
import { patternIds } from './ChartDefs';
import { chipKey, focusIn, isActivation, siblingChip } from './chartKeys';
import { FlatDrawing } from './FlatDrawing';
import { flatLayout } from './flatLayout';
import type { ChipLoad } from './personLoad';

export interface FlatChartProps {
  model: ScenarioModel;
  loads: ReadonlyMap<string, ChipLoad>;
  teamFlag: string;
  /** The width the chart has on screen: the roles wrap to fit it at full size. */
  maxWidth: number;
  selection: OrgSelection | null;
  remote: ReadonlyMap<string, string>;
  /** The names of the colleagues in `remote`, by the person they have selected. */
  remoteNames?: ReadonlyMap<string, string>;
  onSelect(selection: OrgSelection | null): void;
  /** Enter on a role group: place someone in that role. */
  onPlaceInRole(roleId: string): void;
  /** Alt+← / Alt+→ on a chip: the same person in the previous or next role. */
  onMovePlacement(key: string, step: -1 | 1): void;
  onRemovePlacement(key: string): void;
  /** Ctrl+Delete on a chip: the editor's Delete person command, which asks first. */
  onDeletePerson?(personId: string): void;
}

export const FLAT_HELP =
  'Arrow keys move between roles; Enter places a person in the role. Tab reaches the people of a role: Enter selects one, Alt+Left or Alt+Right moves them to the neighbouring role, Delete takes them out of the team, Ctrl+Delete deletes the person.';

/** The flat team in the editor: drag a person between roles, or use the keyboard. */
export function FlatChart(props: FlatChartProps) {
  const { model, loads, selection } = props;
  const layout = useMemo(
    () => flatLayout(model, loads, props.maxWidth),
    [model, loads, props.maxWidth],
  );
  const ids = useMemo(() => patternIds('flat'), []);
  const svgRef = useRef<SVGSVGElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const activeRoleId = layout.groups.some((group) => group.role.id === active)
    ? active
    : (layout.groups[0]?.role.id ?? null);

  const focusRole = (roleId: string) => {
    setActive(roleId);
    focusIn(svgRef.current, `[data-role-id="${CSS.escape(roleId)}"] > .org-group-target`);
  };
  const roleOf = (element: Element) =>
    element.closest('[data-role-id]')?.getAttribute('data-role-id') ?? null;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const element = event.target as Element;
    const roleId = roleOf(element);
    if (roleId === null) return;
    const key = chipKey(element);
    if (key !== null) {
      if (isActivation(event.key)) {
        props.onSelect({ kind: 'placement', key, personId: personOf(element) });
      } else if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        props.onMovePlacement(key, event.key === 'ArrowLeft' ? -1 : 1);
      } else if (event.key === 'Delete' && (event.ctrlKey || event.metaKey)) {
        props.onDeletePerson?.(personOf(element));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        props.onRemovePlacement(key);
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        const next = siblingChip(
          element.closest('[data-placement-key]')!,
          event.key === 'ArrowUp' ? -1 : 1,
        );
        if (next) (next as SVGElement).focus();
        else if (event.key === 'ArrowUp') focusRole(roleId);
      } else if (event.key === 'Escape') {
        focusRole(roleId);
      } else return;
      event.preventDefault();
      return;
    }
    const index = layout.groups.findIndex((group) => group.role.id === roleId);
    const step =
      event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? -1
        : event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? 1
          : 0;
    if (step !== 0 && !event.altKey) {
      const next = layout.groups[index + step];
      if (next) focusRole(next.role.id);
      event.preventDefault();
    } else if (isActivation(event.key)) {
      event.preventDefault();
      props.onPlaceInRole(roleId);
    }
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const element = event.target as Element;
    const key = chipKey(element);
    if (key !== null) {
      props.onSelect({ kind: 'placement', key, personId: personOf(element) });
      return;
    }
    const roleId = roleOf(element);
    if (roleId !== null) {
      setActive(roleId);
      props.onSelect({ kind: 'role', roleId });
      return;
    }
    props.onSelect(element.closest('[data-team-id]') ? { kind: 'team' } : null);
  };

  return (
    <ChartFrame
      label={`Team chart of ${model.scenario.name}`}
      help={FLAT_HELP}
      width={layout.width}
      height={layout.height}
      highlightPersonId={selectedPersonId(selection)}
      svgRef={svgRef}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocusElement={(element) => {
        const roleId = roleOf(element);
        if (roleId !== null && roleId !== activeRoleId) setActive(roleId);
      }}
    >
      <FlatDrawing
        layout={layout}
        loads={loads}
        ids={ids}
        teamFlag={props.teamFlag}
        interaction={{
          activeRoleId,
          selectedKey: selection?.kind === 'placement' ? selection.key : null,
          selectedRoleId: selection?.kind === 'role' ? selection.roleId : null,
          teamSelected: selection?.kind === 'team',
          remote: props.remote,
          remoteNames: props.remoteNames,
        }}
      />
    </ChartFrame>
  );
}

function personOf(element: Element): string {
  return element.closest('[data-person-id]')?.getAttribute('data-person-id') ?? '';
}
