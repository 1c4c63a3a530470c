import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { orderedPeople, orderedRoles, orderedServices } from '../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';
import { placePerson } from '../../shared/org/placementChanges';
import { parseNumberInput } from '../documents/fields/parseNumberInput';
import { likelyRole, remainingAllocation } from './placementDefaults';
import { tryOrgChange } from './tryOrgChange';

/** What the dialog starts with: the cell, role or person it was opened from. */
export interface PlaceDraft {
  personId?: string;
  serviceId?: string;
  roleId?: string;
}

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
  draft: PlaceDraft;
  onPlaced(key: string, personId: string): void;
  onClose(): void;
}

/**
 * Places a person without the mouse: who, on which service (a matrix), in which role, for how
 * much of their time. A refusal (already placed there, an allocation above 100 %) shows in the
 * dialog and nothing is stored.
 */
export function PlaceDialog({ handle, design, scenario, draft, onPlaced, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const people = orderedPeople(design);
  const services = orderedServices(design);
  const roles = orderedRoles(design);
  const matrix = scenario.structure === 'matrix';
  const [personId, setPersonId] = useState(draft.personId ?? unplacedFirst(people, scenario));
  const [serviceId, setServiceId] = useState(draft.serviceId ?? services[0]?.id ?? '');
  const [roleId, setRoleId] = useState(
    draft.roleId ?? (personId ? likelyRole(design, scenario, personId) : (roles[0]?.id ?? '')),
  );
  const [roleTouched, setRoleTouched] = useState(draft.roleId !== undefined);
  const [allocation, setAllocation] = useState(() =>
    String(personId ? remainingAllocation(design, scenario, personId) : 100),
  );
  const [allocationTouched, setAllocationTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  const choosePerson = (next: string) => {
    setPersonId(next);
    setError(null);
    if (!roleTouched) setRoleId(likelyRole(design, scenario, next));
    if (!allocationTouched) setAllocation(String(remainingAllocation(design, scenario, next)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!personId) return setError('Choose the person to place.');
    if (matrix && !serviceId)
      return setError('Add a service first: in a matrix each placement is on one.');
    const share = parseNumberInput(allocation, 'The allocation');
    if (typeof share === 'string') return setError(share);
    let key = '';
    const refusal = tryOrgChange(handle, (doc) => {
      key = placePerson(doc, scenario.id, {
        personId,
        roleId,
        allocation: share,
        ...(matrix ? { serviceId } : {}),
      });
    });
    if (refusal) return setError(`${refusal.replace(/\.?$/, '.')} Nothing was placed.`);
    onPlaced(key, personId);
    dialog.current?.close();
  };

  const load = (candidate: string) => {
    let total = 0;
    for (const placement of Object.values(scenario.placements)) {
      if (placement.personId === candidate) total += placement.allocation;
    }
    return total;
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>Place a person in “{scenario.name}”</h2>
        <div className="field">
          <label htmlFor={`${id}-person`}>Person</label>
          <select
            id={`${id}-person`}
            value={personId}
            autoFocus
            onChange={(event) => choosePerson(event.target.value)}
          >
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {`${person.name} — ${Math.round(load(person.id) * 100) / 100} % of ${Math.round(person.capacity * 100)} % placed`}
              </option>
            ))}
          </select>
        </div>
        {matrix && (
          <div className="field">
            <label htmlFor={`${id}-service`}>Service</label>
            <select
              id={`${id}-service`}
              value={serviceId}
              onChange={(event) => {
                setServiceId(event.target.value);
                setError(null);
              }}
            >
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={roleId}
            onChange={(event) => {
              setRoleId(event.target.value);
              setRoleTouched(true);
              setError(null);
            }}
          >
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-allocation`}>Allocation (% of a full-time person)</label>
          <input
            id={`${id}-allocation`}
            inputMode="decimal"
            value={allocation}
            aria-describedby={`${id}-allocation-hint`}
            onChange={(event) => {
              setAllocation(event.target.value);
              setAllocationTouched(true);
              setError(null);
            }}
          />
          <p className="field-hint" id={`${id}-allocation-hint`}>
            1–100 %. Suggested: what is left of their capacity in this scenario.
          </p>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Place
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Someone not yet placed in the scenario, else the first person. */
function unplacedFirst(people: readonly { id: string }[], scenario: Scenario): string {
  const placed = new Set(Object.values(scenario.placements).map((placement) => placement.personId));
  return (people.find((person) => !placed.has(person.id)) ?? people[0])?.id ?? '';
}
