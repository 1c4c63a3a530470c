import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useId, useState, type FormEvent } from 'react';
import {
  addRespondent,
  listedRespondentNamed,
  orderedRespondents,
  ROLE_GROUP_NAMES,
  ROLE_GROUPS,
  type AssessmentDoc,
  type Respondent,
  type RespondentIdentity,
  type RoleGroup,
} from '../../../shared/assessment';
import { useDeviceIdentity } from '../../sync/useDeviceIdentity';
import { tryAssessmentChange } from '../tryAssessmentChange';
import { respondentLabel } from './respondentLabel';

const IDENTITIES: { value: RespondentIdentity; label: string; hint: string }[] = [
  { value: 'named', label: 'By name', hint: 'The room sees your name beside your answers.' },
  { value: 'alias', label: 'Under an alias', hint: 'The room sees the alias you choose.' },
  {
    value: 'anonymous',
    label: 'Anonymously',
    hint: 'The room sees your answers, never who gave them. No name is stored.',
  },
];

interface Props {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  /** Offer this device's display name (a participant's own laptop), not after a hand-over. */
  suggestName: boolean;
  onChosen: (respondentId: string) => void;
}

/**
 * "Who is answering?": a new respondent with a name, an alias or none, and a role group — or
 * someone already listed, to continue on another laptop.
 */
export function RespondentPicker({ handle, doc, suggestName, onChosen }: Props) {
  const id = useId();
  const device = useDeviceIdentity();
  const [identity, setIdentity] = useState<RespondentIdentity>('named');
  const [typedName, setTypedName] = useState<string>();
  const [roleGroup, setRoleGroup] = useState<RoleGroup | ''>('');
  const [error, setError] = useState<string>();
  const [continueAs, setContinueAs] = useState('');
  // Someone listed under the name typed: most likely the same person, on another laptop.
  const [sameName, setSameName] = useState<Respondent | null>(null);
  // A participant who joined under a name starts with it; a shared laptop starts empty.
  const name = typedName ?? (suggestName ? device?.displayName : undefined) ?? '';
  const listed = orderedRespondents(doc).filter((respondent) => !respondent.removed);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const listedAs = identity === 'anonymous' ? undefined : listedRespondentNamed(doc, name);
    if (listedAs) setSameName(listedAs);
    else add();
  };

  const add = () => {
    let respondentId = '';
    const refusal = tryAssessmentChange(handle, (draft) => {
      respondentId = addRespondent(
        draft,
        {
          identity,
          name: identity === 'anonymous' ? '' : name,
          ...(roleGroup ? { roleGroup } : {}),
        },
        Date.now(),
      );
    });
    if (refusal) setError(refusal);
    else onChosen(respondentId);
  };

  return (
    <section className="panel respondent-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Who is answering?</h2>
      <p className="muted">
        Each person answers on their own. Answers stay hidden from the room until the facilitator
        reveals them all at once.
      </p>
      <form onSubmit={submit} noValidate className="respondent-form">
        <fieldset className="choice-list">
          <legend>How the room sees you</legend>
          {IDENTITIES.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name={`${id}-identity`}
                value={option.value}
                checked={identity === option.value}
                onChange={() => {
                  setIdentity(option.value);
                  setError(undefined);
                  setSameName(null);
                }}
              />
              <span>
                <strong>{option.label}</strong> <span className="muted">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {identity !== 'anonymous' && (
          <div className="field">
            <label htmlFor={`${id}-name`}>
              {identity === 'named' ? 'Your name' : 'Your alias'}
            </label>
            <input
              id={`${id}-name`}
              value={name}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(event) => {
                setTypedName(event.target.value);
                setError(undefined);
                setSameName(null);
              }}
            />
          </div>
        )}
        {sameName && (
          <div className="same-name" role="alert">
            <p>{sameName.name} is already answering in this assessment.</p>
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                autoFocus
                onClick={() => onChosen(sameName.id)}
              >
                Continue as {sameName.name}
              </button>
              <button type="button" onClick={add}>
                Add another {sameName.name}
              </button>
            </div>
          </div>
        )}
        <fieldset className="choice-list role-groups">
          <legend>You speak for</legend>
          {ROLE_GROUPS.map((group) => (
            <label key={group} className="choice">
              <input
                type="radio"
                name={`${id}-role`}
                value={group}
                checked={roleGroup === group}
                onChange={() => setRoleGroup(group)}
              />
              <span>{ROLE_GROUP_NAMES[group]}</span>
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name={`${id}-role`}
              value=""
              checked={roleGroup === ''}
              onChange={() => setRoleGroup('')}
            />
            <span>Rather not say</span>
          </label>
        </fieldset>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary">
            Start answering
          </button>
        </div>
      </form>
      {listed.length > 0 && (
        <form
          className="continue-as"
          onSubmit={(event) => {
            event.preventDefault();
            if (continueAs) onChosen(continueAs);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-continue`}>Or continue as someone already listed</label>
            <select
              id={`${id}-continue`}
              value={continueAs}
              onChange={(event) => setContinueAs(event.target.value)}
            >
              <option value="">Choose…</option>
              {listed.map((respondent, index) => (
                <option key={respondent.id} value={respondent.id}>
                  {respondentLabel(respondent, index)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={!continueAs}>
            Continue
          </button>
        </form>
      )}
    </section>
  );
}
