import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId, useState } from 'react';
import {
  addDoneCriterion,
  calculationNote,
  connectSteps,
  disconnectSteps,
  HANDOFF_TYPES,
  orderedSteps,
  removeDoneCriterion,
  stepTimeFields,
  timeConflict,
  typedTimePatch,
  unitChangePatch,
  updateDoneCriterion,
  updateStep,
  WHITE_PAPER_ROLES,
  type HandoffType,
  type Step,
  type StepPatch,
  type TimeField,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { DurationInput } from './fields/DurationInput';
import { NumberInput } from '../documents/fields/NumberInput';
import { OptionalDurationInput } from './fields/OptionalDurationInput';
import { ValidatedInput } from '../documents/fields/ValidatedInput';
import { tryMapChange } from './tryMapChange';
import { NotesField } from './NotesField';
import { StepFlows } from './StepFlows';

interface Props {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  step: Step;
  nameInputRef: (element: HTMLInputElement | null) => void;
}

/** Every field of the selected step, edited in place; each refusal shows at its field. */
export function StepInspector({ handle, map, step, nameInputRef }: Props) {
  const rolesId = useId();
  const edit = (patch: StepPatch, field: string) =>
    tryMapChange(handle, (draft) => updateStep(draft, step.id, patch), `step:${step.id}:${field}`);
  const times = stepTimeFields(step, map.timeConventions);
  const conflict = timeConflict(step, map.timeConventions);
  const timeInput = (field: TimeField, label: string, group: string) => (
    <DurationInput
      label={label}
      value={times[field]}
      calculated={times.calculated === field}
      onEdit={(duration) => edit(typedTimePatch(field, duration), group)}
      onUnitChange={(unit) => edit(unitChangePatch(times, field, unit), group)}
    />
  );
  const others = orderedSteps(map).filter((other) => other.id !== step.id);

  return (
    <section className="inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">Step</h2>
      <ValidatedInput
        label="Name"
        value={step.name}
        inputRef={nameInputRef}
        onEdit={(name) => edit({ name }, 'name')}
      />
      <ValidatedInput
        label="Team / role"
        value={step.role}
        list={rolesId}
        onEdit={(role) => edit({ role }, 'role')}
      />
      <datalist id={rolesId}>
        {WHITE_PAPER_ROLES.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <div className="inspector-grid">
        {timeInput('processTime', 'Process time', 'pt')}
        {timeInput('leadTime', 'Lead time', 'lt')}
        {timeInput('wait', 'Wait', 'wait')}
        <p className="time-note" role="status">
          {conflict ? <span className="time-conflict">{conflict}</span> : calculationNote(times)}
        </p>
        <NumberInput
          label="%C&A"
          suffix="%"
          value={step.completeAndAccurate}
          onEdit={(value) => edit({ completeAndAccurate: value ?? 0 }, 'ca')}
        />
        <NumberInput
          label="People"
          value={step.people}
          onEdit={(value) => edit({ people: value ?? 0 }, 'people')}
        />
        <NumberInput
          label="Uptime"
          suffix="%"
          optional
          value={step.uptime}
          onEdit={(value) => edit({ uptime: value ?? null }, 'uptime')}
        />
        <OptionalDurationInput
          label="Changeover"
          value={step.changeoverTime}
          defaultUnit="minutes"
          onEdit={(changeoverTime) =>
            edit({ changeoverTime: changeoverTime ?? null }, 'changeover')
          }
        />
        <NumberInput
          label="Batch size"
          optional
          value={step.batchSize}
          onEdit={(value) => edit({ batchSize: value ?? null }, 'batch')}
        />
        <NumberInput
          label="Queue size"
          optional
          value={step.queueSize}
          onEdit={(value) => edit({ queueSize: value ?? null }, 'queue')}
        />
      </div>
      <NotesField label="Notes" value={step.notes} onEdit={(notes) => edit({ notes }, 'notes')} />
      <Handoffs handle={handle} step={step} candidates={others} />
      <StepFlows handle={handle} map={map} step={step} />
      <DefinitionOfDone handle={handle} step={step} />
    </section>
  );
}

function Handoffs(props: { handle: DocHandle<ValueStreamMapDoc>; step: Step; candidates: Step[] }) {
  const { handle, step, candidates } = props;
  const predecessors = Object.entries(step.predecessors);
  const unconnected = candidates.filter((candidate) => !(candidate.id in step.predecessors));
  const nameOf = (id: string) =>
    candidates.find((candidate) => candidate.id === id)?.name ?? 'a removed step';
  const [refusal, report] = useState<string | null>(null);
  return (
    <fieldset className="inspector-group">
      <legend>Work arrives from</legend>
      {predecessors.length === 0 && <p className="muted">Nothing: this step starts the stream.</p>}
      <ul className="handoff-list">
        {predecessors.map(([fromId, type]) => (
          <li key={fromId}>
            <span>{nameOf(fromId)}</span>
            <select
              aria-label={`Handoff from ${nameOf(fromId)}`}
              value={type}
              onChange={(event) =>
                report(
                  tryMapChange(handle, (map) =>
                    connectSteps(map, fromId, step.id, event.target.value as HandoffType),
                  ),
                )
              }
            >
              {HANDOFF_TYPES.map((handoff) => (
                <option key={handoff} value={handoff}>
                  {handoff === 'fifo' ? 'FIFO' : handoff}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={`Disconnect ${nameOf(fromId)}`}
              onClick={() =>
                report(tryMapChange(handle, (map) => disconnectSteps(map, fromId, step.id)))
              }
            >
              Disconnect
            </button>
          </li>
        ))}
      </ul>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
      {unconnected.length > 0 && (
        <label className="field">
          Add a predecessor (parallel branch or merge)
          <select
            value=""
            onChange={(event) =>
              report(
                tryMapChange(handle, (map) =>
                  connectSteps(map, event.target.value, step.id, 'push'),
                ),
              )
            }
          >
            <option value="">Choose a step…</option>
            {unconnected.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}

function DefinitionOfDone(props: { handle: DocHandle<ValueStreamMapDoc>; step: Step }) {
  const { handle, step } = props;
  return (
    <fieldset className="inspector-group">
      <legend>Definition of done (JKK)</legend>
      <p className="muted small">What makes this step's output acceptable to the next step.</p>
      <ul className="done-list">
        {step.definitionOfDone.map((criterion, index) => (
          <li key={criterion.id}>
            <input
              type="checkbox"
              aria-label={`Criterion ${index + 1} met`}
              checked={criterion.done}
              onChange={(event) =>
                tryMapChange(handle, (map) =>
                  updateDoneCriterion(map, step.id, criterion.id, { done: event.target.checked }),
                )
              }
            />
            <ValidatedInput
              label={`Criterion ${index + 1}`}
              hideLabel
              value={criterion.text}
              onEdit={(text) =>
                tryMapChange(
                  handle,
                  (map) => updateDoneCriterion(map, step.id, criterion.id, { text }),
                  `dod:${criterion.id}`,
                )
              }
            />
            <button
              type="button"
              aria-label={`Remove criterion ${index + 1}`}
              onClick={() =>
                tryMapChange(handle, (map) => removeDoneCriterion(map, step.id, criterion.id))
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          tryMapChange(handle, (map) => void addDoneCriterion(map, step.id, 'New criterion'))
        }
      >
        Add criterion
      </button>
    </fieldset>
  );
}
