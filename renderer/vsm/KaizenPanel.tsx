import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useState } from 'react';
import {
  addKaizen,
  deleteKaizen,
  findStep,
  kaizenAnchorLabel,
  PDCA_PHASES,
  updateKaizen,
  type Kaizen,
  type KaizenAnchor,
  type KaizenPatch,
  type PdcaPhase,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { NumberInput } from './fields/NumberInput';
import { ValidatedInput } from './fields/ValidatedInput';
import { NotesField } from './NotesField';
import { tryMapChange } from './tryMapChange';

const PDCA_LABELS: Record<PdcaPhase, string> = {
  plan: 'Plan',
  do: 'Do',
  check: 'Check',
  act: 'Act',
  done: 'Done',
};

interface Props {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  selectedStepId: string | null;
  openKaizenId: string | null;
  onOpenKaizen: (kaizenId: string | null) => void;
}

/** The map's kaizen bursts: a list filterable by PDCA state and owner, and the one open. */
export function KaizenPanel({ handle, map, selectedStepId, openKaizenId, onOpenKaizen }: Props) {
  const [phase, setPhase] = useState<PdcaPhase | ''>('');
  const [owner, setOwner] = useState('');
  const owners = [...new Set(map.kaizens.map((kaizen) => kaizen.owner).filter(Boolean))].sort();
  const visible = map.kaizens.filter(
    (kaizen) => (phase === '' || kaizen.pdca === phase) && (owner === '' || kaizen.owner === owner),
  );
  const open = map.kaizens.find((kaizen) => kaizen.id === openKaizenId);

  const add = () => {
    const attachedTo: KaizenAnchor = selectedStepId ? { stepId: selectedStepId } : { map: true };
    let id = '';
    tryMapChange(handle, (draft) => {
      id = addKaizen(draft, { attachedTo });
    });
    if (id) onOpenKaizen(id);
  };

  return (
    <div className="kaizen-view">
      <section className="kaizen-list" aria-labelledby="kaizen-heading">
        <div className="toolbar">
          <h2 id="kaizen-heading">Kaizen bursts</h2>
          <button type="button" className="primary" onClick={add}>
            {selectedStepId
              ? `Add kaizen on “${findStep(map, selectedStepId)?.name ?? 'step'}”`
              : 'Add kaizen'}
          </button>
        </div>
        <div className="toolbar">
          <label>
            PDCA{' '}
            <select
              value={phase}
              onChange={(event) => setPhase(event.target.value as PdcaPhase | '')}
            >
              <option value="">All</option>
              {PDCA_PHASES.map((value) => (
                <option key={value} value={value}>
                  {PDCA_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Owner{' '}
            <select value={owner} onChange={(event) => setOwner(event.target.value)}>
              <option value="">Anyone</option>
              {owners.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {visible.length === 0 ? (
          <p className="muted">
            {map.kaizens.length === 0
              ? 'No kaizen yet. Select a step with a problem and add one: problem backed by data, 5 whys, countermeasure, PDCA.'
              : 'No kaizen matches the filter.'}
          </p>
        ) : (
          <table className="kaizen-table" aria-label="Kaizen bursts">
            <thead>
              <tr>
                <th scope="col">Problem</th>
                <th scope="col">Where</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">PDCA</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((kaizen) => (
                <tr key={kaizen.id} className={kaizen.id === openKaizenId ? 'selected' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpenKaizen(kaizen.id)}
                    >
                      {kaizen.problem.trim() || 'Untitled problem'}
                    </button>
                  </td>
                  <td>{kaizenAnchorLabel(map, kaizen.attachedTo)}</td>
                  <td>{kaizen.owner || '—'}</td>
                  <td>{kaizen.dueDate || '—'}</td>
                  <td>
                    <span className={`pdca pdca-${kaizen.pdca}`}>{PDCA_LABELS[kaizen.pdca]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open && (
        <KaizenEditor
          key={open.id}
          handle={handle}
          map={map}
          kaizen={open}
          onClose={() => onOpenKaizen(null)}
        />
      )}
    </div>
  );
}

function KaizenEditor(props: {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  kaizen: Kaizen;
  onClose: () => void;
}) {
  const { handle, map, kaizen } = props;
  const edit = (patch: KaizenPatch, field: string) =>
    tryMapChange(
      handle,
      (draft) => updateKaizen(draft, kaizen.id, patch),
      `kaizen:${kaizen.id}:${field}`,
    );
  return (
    <section className="kaizen-editor panel" aria-label="Kaizen">
      <div className="toolbar">
        <h3>Kaizen on {kaizenAnchorLabel(map, kaizen.attachedTo)}</h3>
        <label>
          PDCA{' '}
          <select
            value={kaizen.pdca}
            onChange={(event) => edit({ pdca: event.target.value as PdcaPhase }, 'pdca')}
          >
            {PDCA_PHASES.map((value) => (
              <option key={value} value={value}>
                {PDCA_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        Attached to
        <select
          value={anchorKey(kaizen.attachedTo)}
          onChange={(event) => edit({ attachedTo: anchorFromKey(event.target.value) }, 'anchor')}
        >
          {anchorChoices(map).map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <NotesField
        label="Problem"
        rows={2}
        value={kaizen.problem}
        onEdit={(problem) => edit({ problem }, 'problem')}
      />
      <NotesField
        label="Data that shows the problem"
        rows={2}
        value={kaizen.evidence}
        onEdit={(evidence) => edit({ evidence }, 'evidence')}
      />
      <fieldset className="inspector-group">
        <legend>5 whys</legend>
        {kaizen.fiveWhys.map((why, index) => (
          <NotesField
            key={index}
            label={`Why ${index + 1}`}
            rows={2}
            value={why}
            onEdit={(text) =>
              edit(
                { fiveWhys: kaizen.fiveWhys.map((old, i) => (i === index ? text : old)) },
                `why${index}`,
              )
            }
          />
        ))}
      </fieldset>
      <NotesField
        label="Hypothesis"
        rows={2}
        value={kaizen.hypothesis}
        onEdit={(hypothesis) => edit({ hypothesis }, 'hypothesis')}
      />
      <NotesField
        label="Countermeasure"
        rows={2}
        value={kaizen.countermeasure}
        onEdit={(countermeasure) => edit({ countermeasure }, 'countermeasure')}
      />
      <div className="inspector-grid">
        <ValidatedInput
          label="Owner"
          value={kaizen.owner}
          onEdit={(owner) => edit({ owner }, 'owner')}
        />
        <ValidatedInput
          label="Due date"
          type="date"
          value={kaizen.dueDate}
          onEdit={(dueDate) => edit({ dueDate }, 'due')}
        />
        <ValidatedInput
          label="KPI"
          value={kaizen.kpi.name}
          onEdit={(name) => edit({ kpi: { name } }, 'kpi-name')}
        />
        <ValidatedInput
          label="KPI unit"
          value={kaizen.kpi.unit}
          onEdit={(unit) => edit({ kpi: { unit } }, 'kpi-unit')}
        />
        <NumberInput
          label="KPI target"
          optional
          value={kaizen.kpi.target}
          onEdit={(target) => edit({ kpi: { target: target ?? null } }, 'kpi-target')}
        />
        <NumberInput
          label="KPI measured"
          optional
          value={kaizen.kpi.measured}
          onEdit={(measured) => edit({ kpi: { measured: measured ?? null } }, 'kpi-measured')}
        />
      </div>
      <div className="toolbar">
        <button type="button" onClick={props.onClose}>
          Close
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            tryMapChange(handle, (draft) => deleteKaizen(draft, kaizen.id));
            props.onClose();
          }}
        >
          Delete kaizen
        </button>
      </div>
    </section>
  );
}

/** Where a kaizen can sit: the whole stream, any step, or any handoff between two steps. */
function anchorChoices(map: ValueStreamMapDoc): { key: string; label: string }[] {
  const choices = [{ key: anchorKey({ map: true }), label: 'The whole stream' }];
  for (const step of map.steps)
    choices.push({ key: anchorKey({ stepId: step.id }), label: `Step: ${step.name}` });
  for (const step of map.steps) {
    for (const from of Object.keys(step.predecessors)) {
      const anchor: KaizenAnchor = { handoff: { from, to: step.id } };
      choices.push({ key: anchorKey(anchor), label: `Handoff: ${kaizenAnchorLabel(map, anchor)}` });
    }
  }
  return choices;
}

function anchorKey(anchor: KaizenAnchor): string {
  if ('stepId' in anchor) return `step:${anchor.stepId}`;
  if ('handoff' in anchor) return `handoff:${anchor.handoff.from}:${anchor.handoff.to}`;
  return 'map';
}

function anchorFromKey(key: string): KaizenAnchor {
  const [type, first, second] = key.split(':') as [string, string, string];
  if (type === 'step') return { stepId: first };
  if (type === 'handoff') return { handoff: { from: first, to: second } };
  return { map: true };
}
