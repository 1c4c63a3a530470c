import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId } from 'react';
import type { OrgCheck } from '../../shared/org/checks/OrgCheck';
import { orderedPools, orderedRoles, orderedServices } from '../../shared/org/orgLookup';
import {
  SERVICE_COMPLEXITIES,
  type OrgDesignDoc,
  type Person,
  type Scenario,
  type ServiceComplexity,
} from '../../shared/org/OrgDesignDoc';
import { updatePerson, type PersonPatch } from '../../shared/org/personChanges';
import { movePlacement, setAllocation } from '../../shared/org/placementChanges';
import { setApprovalBoard } from '../../shared/org/scenarioChanges';
import type { ScenarioModel } from '../../shared/org/scenarioModel';
import { setSmoMember, updateService } from '../../shared/org/serviceChanges';
import { NumberInput } from '../documents/fields/NumberInput';
import { ValidatedInput } from '../documents/fields/ValidatedInput';
import { NO_POOL_ROW } from './chart/matrixLayout';
import { loadWords } from './chart/ChipView';
import { fte, percent, type ChipLoad } from './chart/personLoad';
import { SEVERITY_WORDS } from './checkWords';
import type { OrgSelection } from './orgSelection';
import type { PlaceDraft } from './PlaceDialog';
import { tryOrgChange } from './tryOrgChange';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
  model: ScenarioModel;
  loads: ReadonlyMap<string, ChipLoad>;
  checks: readonly OrgCheck[];
  selection: OrgSelection;
  onSelect(selection: OrgSelection | null): void;
  onPlace(draft: PlaceDraft): void;
  onRemovePlacement(key: string): void;
  onDeletePerson(personId: string): void;
  /** Shows a refusal of an edit made outside a text field (a select, a checkbox). */
  report(message: string): void;
  nameInputRef(element: HTMLInputElement | null): void;
  allocationInputRef(element: HTMLInputElement | null): void;
}

/** The selected person, cell, role, team or service, to read and edit. */
export function Inspector(props: Props) {
  const { design, selection } = props;
  switch (selection.kind) {
    case 'person':
    case 'placement': {
      const person = design.people[selection.personId];
      // Keyed: one person's "Not stored" messages and drafts are not shown on the next.
      return person ? <PersonPanel key={person.id} {...props} person={person} /> : <Gone />;
    }
    case 'cell':
      return <CellPanel {...props} rowId={selection.rowId} serviceId={selection.serviceId} />;
    case 'service':
      return <ServicePanel {...props} serviceId={selection.serviceId} />;
    case 'role':
      return <RolePanel {...props} roleId={selection.roleId} />;
    case 'team':
      return <TeamPanel {...props} />;
  }
}

function Gone() {
  return (
    <p className="org-muted">
      This is no longer in the design (deleted meanwhile, perhaps on another laptop).
    </p>
  );
}

/** "Anna Berg, Ben Ode" split and trimmed; empty entries dropped. */
export function parseExperience(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function PersonPanel(props: Props & { person: Person }) {
  const { handle, design, scenario, person, loads, checks } = props;
  const id = useId();
  const edit = (patch: PersonPatch, field: string) =>
    tryOrgChange(
      handle,
      (doc) => updatePerson(doc, person.id, patch),
      `person:${person.id}:${field}`,
    );
  const placements = props.model.byPerson.get(person.id)?.placements ?? [];
  const load = loads.get(person.id);
  const own = checks.filter(
    (check) =>
      (check.target.kind === 'person' || check.target.kind === 'placement') &&
      check.target.personId === person.id,
  );
  const selectedKey = props.selection.kind === 'placement' ? props.selection.key : null;
  const matrix = scenario.structure === 'matrix';
  return (
    <section className="org-inspector" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{person.name}</h2>
      <p className="org-load-line">
        {placements.length === 0
          ? `Not placed in “${scenario.name}”.`
          : `In “${scenario.name}”: ${loadWords(load)}.`}
      </p>
      {own.length > 0 && (
        <ul className="org-inspector-checks">
          {own.map((check) => (
            <li key={check.id} className={`severity-${check.severity}`}>
              <span aria-hidden="true">{SEVERITY_WORDS[check.severity].icon}</span>{' '}
              <span className="visually-hidden">{SEVERITY_WORDS[check.severity].word}: </span>
              {check.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>Placements</h3>
      {placements.length > 0 && (
        <ul className="org-placements">
          {placements.map((placement) => (
            <li
              key={placement.key}
              className={placement.key === selectedKey ? 'is-selected' : undefined}
            >
              <span className="org-placement-where">
                {placement.service ? placement.service.name : 'The team'}
              </span>
              <div className="field">
                <label htmlFor={`${id}-${placement.key}-role`}>Role</label>
                <select
                  id={`${id}-${placement.key}-role`}
                  value={placement.role.id}
                  onChange={(event) => {
                    let moved = placement.key;
                    const refusal = tryOrgChange(handle, (doc) => {
                      moved = movePlacement(doc, scenario.id, placement.key, {
                        roleId: event.target.value,
                      });
                    });
                    if (refusal) props.report(refusal);
                    else props.onSelect({ kind: 'placement', key: moved, personId: person.id });
                  }}
                >
                  {orderedRoles(design).map((role) => (
                    <option key={role.id} value={role.id}>
                      {role.name}
                    </option>
                  ))}
                </select>
              </div>
              <AllocationField
                key={placement.key}
                value={placement.allocation}
                label={`Allocation${placement.service ? ` on ${placement.service.name}` : ''}`}
                inputRef={placement.key === selectedKey ? props.allocationInputRef : undefined}
                onEdit={(value) =>
                  tryOrgChange(
                    handle,
                    (doc) => setAllocation(doc, scenario.id, placement.key, value),
                    `placement:${placement.key}:allocation`,
                  )
                }
              />
              <button type="button" onClick={() => props.onRemovePlacement(placement.key)}>
                Take off{placement.service ? ` ${placement.service.name}` : ' the team'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => props.onPlace({ personId: person.id })}>
        {placements.length === 0
          ? 'Place…'
          : matrix
            ? 'Place on another service…'
            : 'Give another role…'}
      </button>
      <h3>Person</h3>
      <ValidatedInput
        label="Name"
        value={person.name}
        inputRef={props.nameInputRef}
        onEdit={(name) => edit({ name }, 'name')}
      />
      <div className="field">
        <label htmlFor={`${id}-pool`}>Functional pool</label>
        <select
          id={`${id}-pool`}
          value={
            person.poolId !== undefined && Object.hasOwn(design.pools, person.poolId)
              ? person.poolId
              : ''
          }
          onChange={(event) => {
            const refusal = edit({ poolId: event.target.value || null }, 'pool');
            if (refusal) props.report(refusal);
          }}
        >
          <option value="">No pool</option>
          {orderedPools(design).map((pool) => (
            <option key={pool.id} value={pool.id}>
              {pool.name}
            </option>
          ))}
        </select>
      </div>
      <NumberInput
        label="Capacity"
        suffix="FTE"
        value={person.capacity}
        onEdit={(capacity) =>
          capacity === undefined ? 'Capacity is required' : edit({ capacity }, 'capacity')
        }
      />
      <ValidatedInput
        label="Experience"
        hint="Separated by commas, e.g. Scrum Master, Operations"
        value={person.experience.join(', ')}
        onEdit={(text) => edit({ experience: parseExperience(text) }, 'experience')}
      />
      <NumberInput
        label={`Cost per FTE-year${design.currency ? ` (${design.currency})` : ''}`}
        optional
        value={person.costPerFteYear}
        onEdit={(cost) => edit({ costPerFteYear: cost ?? null }, 'cost')}
      />
      <ValidatedInput
        label="Location"
        value={person.location ?? ''}
        onEdit={(location) =>
          edit({ location: location.trim() === '' ? null : location }, 'location')
        }
      />
      <label className="org-check-field">
        <input
          type="checkbox"
          checked={Object.hasOwn(design.smo.memberIds, person.id)}
          onChange={(event) =>
            tryOrgChange(handle, (doc) => setSmoMember(doc, person.id, event.target.checked))
          }
        />
        In the {design.smo.name || 'Service Management Office'}
      </label>
      <button type="button" className="danger" onClick={() => props.onDeletePerson(person.id)}>
        Delete {person.name}
      </button>
    </section>
  );
}

function AllocationField(props: {
  value: number;
  label: string;
  inputRef: ((element: HTMLInputElement | null) => void) | undefined;
  onEdit(value: number): string | null;
}) {
  return (
    <ValidatedInput
      label={props.label}
      inputMode="decimal"
      className="number-field"
      value={String(Math.round(props.value * 100) / 100)}
      inputRef={props.inputRef}
      after={<span className="field-suffix">%</span>}
      onEdit={(text) => {
        const normalised = text.trim().replace(/\s+/g, '').replace(',', '.').replace(/%$/, '');
        const value = Number(normalised);
        if (normalised === '' || !Number.isFinite(value)) {
          return `The allocation must be a number of per cent, 1–100 (you typed “${text.trim().slice(0, 20)}”)`;
        }
        return props.onEdit(value);
      }}
    />
  );
}

function PeopleList(props: {
  placements: ScenarioModel['placements'];
  loads: ReadonlyMap<string, ChipLoad>;
  onSelect(selection: OrgSelection): void;
  showRole: boolean;
}) {
  if (props.placements.length === 0) return <p className="org-muted">Nobody placed here yet.</p>;
  return (
    <ul className="org-people-list">
      {props.placements.map((placement) => {
        const load = props.loads.get(placement.person.id);
        return (
          <li key={placement.key}>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                props.onSelect({
                  kind: 'placement',
                  key: placement.key,
                  personId: placement.person.id,
                })
              }
            >
              {placement.person.name}
            </button>{' '}
            <span className="org-muted">
              {props.showRole ? `${placement.role.name}, ` : ''}
              {percent(placement.allocation)}
              {load?.status === 'over' ? ` — ⚠ over capacity (${percent(load.total)})` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function CellPanel(props: Props & { rowId: string; serviceId: string }) {
  const { design, model, rowId, serviceId } = props;
  const service = design.services[serviceId];
  if (!service) return <Gone />;
  const poolName = rowId === NO_POOL_ROW ? 'No pool' : (design.pools[rowId]?.name ?? 'No pool');
  const placements = model.placements.filter(
    (placement) =>
      placement.service?.id === serviceId &&
      (rowId === NO_POOL_ROW
        ? placement.person.poolId === undefined ||
          !Object.hasOwn(design.pools, placement.person.poolId)
        : placement.person.poolId === rowId),
  );
  const total = placements.reduce((sum, placement) => sum + placement.allocation, 0);
  return (
    <section className="org-inspector" aria-label={`${poolName} on ${service.name}`}>
      <h2>
        {poolName} × {service.name}
      </h2>
      <p className="org-load-line">{fte(total)} placed.</p>
      <PeopleList placements={placements} loads={props.loads} onSelect={props.onSelect} showRole />
      <button type="button" className="primary" onClick={() => props.onPlace({ serviceId })}>
        Place a person here…
      </button>
    </section>
  );
}

function ServicePanel(props: Props & { serviceId: string }) {
  const { handle, design, scenario, model, serviceId, checks } = props;
  const id = useId();
  const service = design.services[serviceId];
  if (!service) return <Gone />;
  const placements = model.placements.filter((placement) => placement.service?.id === serviceId);
  const own = checks.filter(
    (check) =>
      (check.target.kind === 'service' && check.target.serviceId === serviceId) ||
      (check.target.kind === 'team' && check.target.teamId === serviceId),
  );
  return (
    <section className="org-inspector" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{service.name}</h2>
      {own.length > 0 && (
        <ul className="org-inspector-checks">
          {own.map((check) => (
            <li key={check.id} className={`severity-${check.severity}`}>
              <span aria-hidden="true">{SEVERITY_WORDS[check.severity].icon}</span>{' '}
              <span className="visually-hidden">{SEVERITY_WORDS[check.severity].word}: </span>
              {check.reason}
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-complexity`}>Complexity (Team Topologies)</label>
        <select
          id={`${id}-complexity`}
          value={service.complexity}
          onChange={(event) =>
            tryOrgChange(handle, (doc) =>
              updateService(doc, serviceId, {
                complexity: event.target.value as ServiceComplexity,
              }),
            )
          }
        >
          {SERVICE_COMPLEXITIES.map((complexity) => (
            <option key={complexity} value={complexity}>
              {complexity}
            </option>
          ))}
        </select>
      </div>
      <label className="org-check-field">
        <input
          type="checkbox"
          checked={Object.hasOwn(scenario.approvalBoards, serviceId)}
          onChange={(event) =>
            tryOrgChange(handle, (doc) =>
              setApprovalBoard(doc, scenario.id, serviceId, event.target.checked),
            )
          }
        />
        Releases wait for an external approval board in this scenario
      </label>
      <h3>People on {service.name}</h3>
      <PeopleList placements={placements} loads={props.loads} onSelect={props.onSelect} showRole />
      {scenario.structure === 'matrix' && (
        <button type="button" onClick={() => props.onPlace({ serviceId })}>
          Place a person on {service.name}…
        </button>
      )}
    </section>
  );
}

function RolePanel(props: Props & { roleId: string }) {
  const { design, model, roleId } = props;
  const role = design.roles[roleId];
  if (!role) return <Gone />;
  const placements = model.placements.filter((placement) => placement.role.id === roleId);
  return (
    <section className="org-inspector" aria-label={role.name}>
      <h2>{role.name}</h2>
      <p>{role.responsibility}</p>
      {role.requiredExperience.length > 0 && (
        <p className="org-muted">Asks for experience in: {role.requiredExperience.join(', ')}.</p>
      )}
      <PeopleList
        placements={placements}
        loads={props.loads}
        onSelect={props.onSelect}
        showRole={false}
      />
      <button type="button" className="primary" onClick={() => props.onPlace({ roleId })}>
        Place a person as {role.name}…
      </button>
    </section>
  );
}

function TeamPanel(props: Props) {
  const { design, model, checks, scenario } = props;
  const people = model.byPerson.size;
  const total = model.placements.reduce((sum, placement) => sum + placement.allocation, 0);
  const own = checks.filter((check) => check.target.kind === 'team');
  return (
    <section className="org-inspector" aria-label={scenario.name}>
      <h2>{scenario.name}</h2>
      <p className="org-load-line">
        {people} {people === 1 ? 'person' : 'people'}, {fte(total)}, {(people * (people - 1)) / 2}{' '}
        communication paths; carries{' '}
        {orderedServices(design)
          .map((service) => service.name)
          .join(', ') || 'no service yet'}
        .
      </p>
      {own.length > 0 && (
        <ul className="org-inspector-checks">
          {own.map((check) => (
            <li key={check.id} className={`severity-${check.severity}`}>
              <span aria-hidden="true">{SEVERITY_WORDS[check.severity].icon}</span>{' '}
              <span className="visually-hidden">{SEVERITY_WORDS[check.severity].word}: </span>
              {check.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
