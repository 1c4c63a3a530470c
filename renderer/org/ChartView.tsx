import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OrgCheck } from '../../shared/org/checks/OrgCheck';
import { orderedPeople } from '../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';
import { movePlacement, placePerson } from '../../shared/org/placementChanges';
import type { ScenarioModel } from '../../shared/org/scenarioModel';
import { FlatChart } from './chart/FlatChart';
import { flagsByService, teamFlagOf } from './chartFlags';
import { LoadLegend } from './chart/LoadLegend';
import { cellId, rowOf } from './chart/matrixLayout';
import { MatrixChart } from './chart/MatrixChart';
import { percent, type ChipLoad } from './chart/personLoad';
import { useChipDrag, type ChipDrop } from './chart/useChipDrag';
import type { OrgSelection } from './orgSelection';
import type { PlaceDraft } from './PlaceDialog';
import { likelyRole } from './placementDefaults';
import { tryOrgChange } from './tryOrgChange';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
  model: ScenarioModel;
  loads: ReadonlyMap<string, ChipLoad>;
  checks: readonly OrgCheck[];
  selection: OrgSelection | null;
  remote: ReadonlyMap<string, string>;
  /** The names of the colleagues in `remote`, by the person they have selected. */
  remoteNames?: ReadonlyMap<string, string>;
  onSelect(selection: OrgSelection | null): void;
  onPlace(draft: PlaceDraft): void;
  onMovePlacement(key: string, step: -1 | 1): void;
  onRemovePlacement(key: string): void;
  /** Ctrl+Delete on a chip: the editor's Delete person command, which asks first. */
  onDeletePerson(personId: string): void;
  report(message: string): void;
  confirm(message: string): void;
}

/**
 * The scenario's chart — the team chart of a flat scenario, the matrix of a matrix one — with
 * the people not placed yet above it to drag in, and the legend of its load marks below.
 */
export function ChartView(props: Props) {
  const { design, scenario, model, loads, checks } = props;
  const container = useRef<HTMLDivElement>(null);
  const matrix = scenario.structure === 'matrix';
  const unplaced = orderedPeople(design).filter((person) => !model.byPerson.has(person.id));

  const serviceFlags = useMemo(() => flagsByService(checks), [checks]);
  const teamFlag = useMemo(() => teamFlagOf(checks), [checks]);

  const latest = useRef(props);
  latest.current = props;
  const onDrop = useCallback((drop: ChipDrop) => {
    const { handle, design, scenario, onSelect, report, confirm } = latest.current;
    const person = design.people[drop.personId];
    if (!person) return;
    const serviceId = scenario.structure === 'matrix' ? (drop.target.split('|')[1] ?? '') : null;
    const target: { serviceId?: string; roleId?: string } =
      serviceId !== null ? { serviceId } : { roleId: drop.target };
    let key = drop.fromKey ?? '';
    const refusal = tryOrgChange(handle, (doc) => {
      key =
        drop.fromKey !== null
          ? movePlacement(doc, scenario.id, drop.fromKey, target)
          : placePerson(doc, scenario.id, {
              personId: person.id,
              roleId: target.roleId ?? likelyRole(doc, scenario, person.id),
              ...(serviceId !== null ? { serviceId } : {}),
            });
    });
    if (refusal) return report(refusal);
    onSelect({ kind: 'placement', key, personId: person.id });
    if (drop.fromKey === key) return;
    const placed = handle.doc().scenarios[scenario.id]?.placements[key];
    const where = serviceId !== null ? ` on ${handle.doc().services[serviceId]?.name ?? ''}` : '';
    const role = placed ? (handle.doc().roles[placed.roleId]?.name ?? '') : '';
    confirm(
      `${drop.fromKey ? 'Moved' : 'Placed'} ${person.name}${where} as ${role}${placed ? `, ${percent(placed.allocation)}` : ''}.`,
    );
  }, []);

  useChipDrag(container, {
    landing: (personId, element) => {
      const target = element.getAttribute('data-drop-target') ?? '';
      if (latest.current.scenario.structure !== 'matrix') return element;
      const person = latest.current.design.people[personId];
      const serviceId = target.split('|')[1] ?? '';
      const landing = cellId(rowOf(latest.current.model, person?.poolId), serviceId);
      return (
        container.current?.querySelector(`[data-drop-target="${CSS.escape(landing)}"]`) ?? null
      );
    },
    onDrop,
  });

  // The team chart wraps its roles to the width on screen; padding on either side stays free.
  const [width, setWidth] = useState(900);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth - 40));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const noServices = matrix && Object.keys(design.services).length === 0;
  return (
    <div className="org-chart-view" ref={container}>
      {/* Only while someone waits: the chart keeps the height a 720p projector has. */}
      {unplaced.length > 0 && (
        <div className="org-bench" aria-label="People not placed in this scenario" role="group">
          <span className="org-bench-label">
            Not placed yet ({unplaced.length}) — drag onto {matrix ? 'a cell' : 'a role'}, or Enter
            to place:
          </span>
          {unplaced.map((person) => (
            <button
              key={person.id}
              type="button"
              className="org-bench-person"
              data-drag-person={person.id}
              data-drag-label={person.name}
              data-person-id={person.id}
              onClick={() => props.onPlace({ personId: person.id })}
            >
              {person.name}
            </button>
          ))}
        </div>
      )}
      {noServices ? (
        <div className="org-empty">
          <h2>No services yet</h2>
          <p>A matrix has a column per IT service. Add the client’s services under Details.</p>
        </div>
      ) : matrix ? (
        <MatrixChart
          model={model}
          loads={loads}
          serviceFlags={serviceFlags}
          selection={props.selection}
          remote={props.remote}
          remoteNames={props.remoteNames}
          onSelect={props.onSelect}
          onPlaceInCell={(_rowId, serviceId) => props.onPlace({ serviceId })}
          onMovePlacement={props.onMovePlacement}
          onRemovePlacement={props.onRemovePlacement}
          onDeletePerson={props.onDeletePerson}
        />
      ) : (
        <FlatChart
          model={model}
          loads={loads}
          teamFlag={teamFlag}
          maxWidth={width}
          selection={props.selection}
          remote={props.remote}
          remoteNames={props.remoteNames}
          onSelect={props.onSelect}
          onPlaceInRole={(roleId) => props.onPlace({ roleId })}
          onMovePlacement={props.onMovePlacement}
          onRemovePlacement={props.onRemovePlacement}
          onDeletePerson={props.onDeletePerson}
        />
      )}
      <LoadLegend structure={scenario.structure} />
    </div>
  );
}
