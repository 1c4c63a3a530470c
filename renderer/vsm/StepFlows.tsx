import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useState } from 'react';
import {
  addInformationFlow,
  addReworkLoop,
  INFORMATION_FLOW_KINDS,
  leadsTo,
  removeInformationFlow,
  removeReworkLoop,
  updateReworkShare,
  type FlowEnd,
  type InformationFlowKind,
  type Step,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { NumberInput } from './fields/NumberInput';
import { tryMapChange } from './tryMapChange';

interface Props {
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  step: Step;
}

const PARTIES = { customer: 'Customer', supplier: 'Supplier' } as const;

function endFromKey(key: string): FlowEnd {
  const [type, id] = key.split(':') as [string, string];
  return type === 'step' ? { stepId: id } : { party: id as 'customer' | 'supplier' };
}

/** Information flows that start at this step, and the rework it sends back upstream. */
export function StepFlows({ handle, map, step }: Props) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [flowTarget, setFlowTarget] = useState('');
  const [flowKind, setFlowKind] = useState<InformationFlowKind>('electronic');
  const nameOf = (end: FlowEnd) =>
    'stepId' in end
      ? (map.steps.find((s) => s.id === end.stepId)?.name ?? 'a removed step')
      : PARTIES[end.party];
  const outgoing = map.flows.information.filter(
    (flow) => 'stepId' in flow.from && flow.from.stepId === step.id,
  );
  const rework = map.flows.rework.filter((loop) => loop.fromStepId === step.id);
  const upstream = map.steps.filter(
    (other) => other.id !== step.id && leadsTo(map, other.id, step.id),
  );

  return (
    <>
      <fieldset className="inspector-group">
        <legend>Information flows from this step</legend>
        <ul className="handoff-list">
          {outgoing.map((flow) => (
            <li key={flow.id}>
              <span>
                → {nameOf(flow.to)} ({flow.kind})
              </span>
              <button
                type="button"
                aria-label={`Remove information flow to ${nameOf(flow.to)}`}
                onClick={() =>
                  setRefusal(tryMapChange(handle, (draft) => removeInformationFlow(draft, flow.id)))
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="flow-add">
          <select
            aria-label="Information flow to"
            value={flowTarget}
            onChange={(event) => setFlowTarget(event.target.value)}
          >
            <option value="">To…</option>
            <option value="party:customer">Customer</option>
            <option value="party:supplier">Supplier</option>
            {map.steps
              .filter((other) => other.id !== step.id)
              .map((other) => (
                <option key={other.id} value={`step:${other.id}`}>
                  {other.name}
                </option>
              ))}
          </select>
          <select
            aria-label="Information flow kind"
            value={flowKind}
            onChange={(event) => setFlowKind(event.target.value as InformationFlowKind)}
          >
            {INFORMATION_FLOW_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={flowTarget === ''}
            onClick={() => {
              setRefusal(
                tryMapChange(
                  handle,
                  (draft) =>
                    void addInformationFlow(draft, {
                      from: { stepId: step.id },
                      to: endFromKey(flowTarget),
                      kind: flowKind,
                    }),
                ),
              );
              setFlowTarget('');
            }}
          >
            Add
          </button>
        </div>
      </fieldset>
      <fieldset className="inspector-group">
        <legend>Rework sent back upstream</legend>
        {rework.map((loop) => (
          <div key={loop.id} className="field-row">
            <NumberInput
              label={`Share sent back to ${nameOf({ stepId: loop.toStepId })}`}
              suffix="%"
              value={loop.share}
              onEdit={(share) =>
                tryMapChange(
                  handle,
                  (draft) => updateReworkShare(draft, loop.id, share ?? 0),
                  `rework:${loop.id}`,
                )
              }
            />
            <button
              type="button"
              aria-label={`Remove rework to ${nameOf({ stepId: loop.toStepId })}`}
              onClick={() =>
                setRefusal(tryMapChange(handle, (draft) => removeReworkLoop(draft, loop.id)))
              }
            >
              Remove
            </button>
          </div>
        ))}
        {upstream.length === 0 ? (
          <p className="muted small">No step comes before this one.</p>
        ) : (
          <select
            aria-label="Send rework back to"
            value=""
            onChange={(event) =>
              setRefusal(
                tryMapChange(
                  handle,
                  (draft) =>
                    void addReworkLoop(draft, {
                      fromStepId: step.id,
                      toStepId: event.target.value,
                      share: 10,
                    }),
                ),
              )
            }
          >
            <option value="">Send rework back to…</option>
            {upstream.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        )}
      </fieldset>
      {refusal && (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      )}
    </>
  );
}
