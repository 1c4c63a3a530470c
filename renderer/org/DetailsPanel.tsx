import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId, useState, type ReactNode } from 'react';
import { orderedPools, orderedRoles, orderedServices } from '../../shared/org/orgLookup';
import {
  PROCESS_STAGES,
  SERVICE_COMPLEXITIES,
  STAGE_LABELS,
  type OrgDesignDoc,
  type OrgThresholds,
  type ProcessStage,
  type Role,
  type ServiceComplexity,
} from '../../shared/org/OrgDesignDoc';
import { updateDesignDetails, updateThresholds } from '../../shared/org/designChanges';
import { addPool, deletePool, renamePool } from '../../shared/org/poolChanges';
import { addRole, deleteRole, updateRole } from '../../shared/org/roleChanges';
import { isBuiltInRole } from '../../shared/org/roleCatalogue';
import {
  addService,
  deleteService,
  renameSmo,
  updateService,
} from '../../shared/org/serviceChanges';
import { NumberInput } from '../documents/fields/NumberInput';
import { ValidatedInput } from '../documents/fields/ValidatedInput';
import { parseExperience } from './Inspector';
import { tryOrgChange } from './tryOrgChange';

interface Props {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  report(message: string): void;
  confirm(message: string): void;
}

const THRESHOLD_FIELDS: { key: keyof OrgThresholds; label: string; hint: string }[] = [
  {
    key: 'teamSizeWarnAbove',
    label: 'Warn when a team has more people than',
    hint: 'Team Topologies: 7–9 people.',
  },
  {
    key: 'teamSizeErrorAbove',
    label: 'Error when a team has more people than',
    hint: 'Scrum Guide: typically 10 or fewer.',
  },
  {
    key: 'serviceMasterSpan',
    label: 'Direct reports of a Service Master, at most',
    hint: 'Toyota’s chief engineer: about six.',
  },
  {
    key: 'expertServices',
    label: 'Warn when an expert serves this many services or more',
    hint: 'Weinberg: three at once lose 40 % to switching.',
  },
  {
    key: 'simpleServicesPerTeam',
    label: 'Simple services one team can carry',
    hint: 'Team Topologies: 2–3.',
  },
];

/**
 * The design's settings: title and currency, the limits its checks use (per workshop), its
 * pools, services and role catalogue, and the Service Management Office.
 */
export function DetailsPanel({ handle, design, report, confirm }: Props) {
  const id = useId();
  const change = (edit: (doc: OrgDesignDoc) => void, group?: string) =>
    tryOrgChange(handle, edit, group);
  const act = (edit: (doc: OrgDesignDoc) => void, done?: string) => {
    const refusal = change(edit);
    if (refusal) report(refusal);
    else if (done) confirm(done);
  };
  return (
    <div className="org-details">
      <section className="org-panel" aria-labelledby={`${id}-design`}>
        <h2 id={`${id}-design`}>Design</h2>
        <div className="org-field-grid">
          <ValidatedInput
            label="Title"
            value={design.title}
            onEdit={(title) => change((doc) => updateDesignDetails(doc, { title }), 'title')}
          />
          <ValidatedInput
            label="Currency of cost rates"
            hint="Free text, e.g. EUR; shown with costs in the comparison."
            value={design.currency}
            onEdit={(currency) =>
              change((doc) => updateDesignDetails(doc, { currency }), 'currency')
            }
          />
          <ValidatedInput
            label="Service Management Office"
            value={design.smo.name}
            onEdit={(name) => change((doc) => renameSmo(doc, name), 'smo')}
          />
        </div>
      </section>
      <section className="org-panel" aria-labelledby={`${id}-limits`}>
        <h2 id={`${id}-limits`}>Limits the checks use</h2>
        <p className="org-muted">For this design only; every laptop in the room uses the same.</p>
        <div className="org-field-grid">
          {THRESHOLD_FIELDS.map((field) => (
            <div key={field.key}>
              <NumberInput
                label={field.label}
                value={design.thresholds[field.key]}
                onEdit={(value) =>
                  value === undefined
                    ? 'A limit is required'
                    : change(
                        (doc) => updateThresholds(doc, { [field.key]: value }),
                        `limit:${field.key}`,
                      )
                }
              />
              <p className="field-hint">{field.hint}</p>
            </div>
          ))}
        </div>
      </section>
      <NamedList
        title="Functional pools"
        intro="The matrix’s rows: each expert’s functional home."
        items={orderedPools(design)}
        addLabel="Add pool"
        newName={(n) => `Pool ${n}`}
        onAdd={(name) => change((doc) => void addPool(doc, { name }))}
        onRename={(poolId, name) =>
          change((doc) => renamePool(doc, poolId, name), `pool:${poolId}`)
        }
        onDelete={(pool) => {
          const members = Object.values(design.people).filter((p) => p.poolId === pool.id).length;
          act(
            (doc) => deletePool(doc, pool.id, { unassignMembers: true }),
            members > 0
              ? `Deleted the pool ${pool.name}; its ${members} ${members === 1 ? 'member has' : 'members have'} no pool now.`
              : `Deleted the pool ${pool.name}.`,
          );
        }}
      />
      <NamedList
        title="Services"
        intro="The IT services, each the responsibility of one Service Master: the matrix’s columns."
        items={orderedServices(design)}
        addLabel="Add service"
        newName={(n) => `Service ${n}`}
        onAdd={(name) => change((doc) => void addService(doc, { name }))}
        onRename={(serviceId, name) =>
          change((doc) => updateService(doc, serviceId, { name }), `service:${serviceId}`)
        }
        extra={(service) => (
          <select
            aria-label={`Complexity of ${service.name}`}
            value={(service as { complexity: ServiceComplexity }).complexity}
            onChange={(event) =>
              act((doc) =>
                updateService(doc, service.id, {
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
        )}
        onDelete={(service) =>
          act(
            (doc) => deleteService(doc, service.id, { withPlacements: true }),
            `Deleted the service ${service.name} and its placements.`,
          )
        }
      />
      <RoleCatalogue handle={handle} design={design} report={report} confirm={confirm} />
    </div>
  );
}

interface Named {
  id: string;
  name: string;
}

function NamedList<T extends Named>(props: {
  title: string;
  intro: string;
  items: T[];
  addLabel: string;
  newName(n: number): string;
  onAdd(name: string): string | null;
  onRename(id: string, name: string): string | null;
  onDelete(item: T): void;
  extra?(item: T): ReactNode;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="org-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{props.title}</h2>
      <p className="org-muted">{props.intro}</p>
      {props.items.length > 0 && (
        <ul className="org-named-list">
          {props.items.map((item) => (
            <li key={item.id}>
              <ValidatedInput
                label={`Name of ${item.name}`}
                hideLabel
                value={item.name}
                onEdit={(name) => props.onRename(item.id, name)}
              />
              {props.extra?.(item)}
              <button type="button" className="danger" onClick={() => props.onDelete(item)}>
                Delete <span className="visually-hidden">{item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => {
          let n = props.items.length + 1;
          const names = new Set(props.items.map((item) => item.name.toLowerCase()));
          while (names.has(props.newName(n).toLowerCase())) n++;
          setError(props.onAdd(props.newName(n)));
        }}
      >
        {props.addLabel}
      </button>
      {error && <p className="field-error">{error}</p>}
    </section>
  );
}

function RoleCatalogue({ handle, design, report, confirm }: Props) {
  const id = useId();
  const roles = orderedRoles(design);
  return (
    <section className="org-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Role catalogue</h2>
      <p className="org-muted">
        The white paper’s seven roles (rename them, never delete them) and any the workshop adds. A
        role asks for any one of its experiences; a required role is checked in every service.
      </p>
      <ul className="org-role-list">
        {roles.map((role) => (
          <RoleRow key={role.id} handle={handle} role={role} report={report} confirm={confirm} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          let n = roles.length + 1;
          const taken = new Set(roles.map((role) => role.name.toLowerCase()));
          while (taken.has(`role ${n}`)) n++;
          const refusal = tryOrgChange(handle, (doc) => void addRole(doc, { name: `Role ${n}` }));
          if (refusal) report(refusal);
        }}
      >
        Add role
      </button>
    </section>
  );
}

function RoleRow({
  handle,
  role,
  report,
  confirm,
}: {
  handle: DocHandle<OrgDesignDoc>;
  role: Role;
  report(message: string): void;
  confirm(message: string): void;
}) {
  const id = useId();
  const edit = (patch: Parameters<typeof updateRole>[2], field: string) =>
    tryOrgChange(handle, (doc) => updateRole(doc, role.id, patch), `role:${role.id}:${field}`);
  const toggleStage = (stage: ProcessStage, on: boolean) => {
    const stages = on ? [...role.stages, stage] : role.stages.filter((each) => each !== stage);
    const refusal = edit({ stages }, 'stages');
    if (refusal) report(refusal);
  };
  return (
    <li className="org-role-row">
      <ValidatedInput label="Role" value={role.name} onEdit={(name) => edit({ name }, 'name')} />
      <ValidatedInput
        label="Required experience (any one)"
        value={role.requiredExperience.join(', ')}
        onEdit={(text) => edit({ requiredExperience: parseExperience(text) }, 'experience')}
      />
      <label className="org-check-field">
        <input
          type="checkbox"
          checked={role.requiredPerService}
          onChange={(event) => {
            const refusal = edit({ requiredPerService: event.target.checked }, 'required');
            if (refusal) report(refusal);
          }}
        />
        Required in every service
      </label>
      <details className="org-role-stages">
        <summary>Acts in {role.stages.length} of the 11 process stages</summary>
        <fieldset>
          <legend className="visually-hidden">Stages where {role.name} acts</legend>
          {PROCESS_STAGES.map((stage) => (
            <label key={stage} className="org-check-field" htmlFor={`${id}-${stage}`}>
              <input
                id={`${id}-${stage}`}
                type="checkbox"
                checked={role.stages.includes(stage)}
                onChange={(event) => toggleStage(stage, event.target.checked)}
              />
              {STAGE_LABELS[stage]}
            </label>
          ))}
        </fieldset>
      </details>
      {!isBuiltInRole(role.id) && (
        <button
          type="button"
          className="danger"
          onClick={() => {
            const refusal = tryOrgChange(handle, (doc) =>
              deleteRole(doc, role.id, { withPlacements: true }),
            );
            if (refusal) report(refusal);
            else confirm(`Deleted the role ${role.name}.`);
          }}
        >
          Delete {role.name}
        </button>
      )}
    </li>
  );
}
