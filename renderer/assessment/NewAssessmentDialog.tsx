import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  AssessmentValidationError,
  newAssessment,
  questionnaireFor,
  latestVersion,
  type AssessmentDoc,
} from '../../shared/assessment';

interface Props {
  repo: Repo;
  onCreated: (handle: DocHandle<unknown>) => void;
  onClose: () => void;
}

/** Starts an implementation-type assessment with its first round open. */
export function NewAssessmentDialog({ repo, onCreated, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('DevOps assessment');
  const [error, setError] = useState<string>();
  useEffect(() => dialog.current?.showModal(), []);
  const items = questionnaireFor(latestVersion()).items;
  const count = (kind: string) => items.filter((item) => item.kind === kind).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      const doc = newAssessment({ title }, Date.now());
      onCreated(repo.create<AssessmentDoc>(doc) as DocHandle<unknown>);
    } catch (failure) {
      if (!(failure instanceof AssessmentValidationError)) throw failure;
      setError(failure.message);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>New assessment</h2>
        <p>
          Which way to implement DevOps fits — Toyota way, Collaboration or Continuous Delivery —
          how mature each pillar is, and DORA’s delivery metrics. {items.length} questions:{' '}
          {count('fit')} about the organisation, {count('maturity')} on maturity, {count('dora')}{' '}
          from DORA. Everyone in the room answers on their own; you reveal the answers together.
        </p>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(undefined);
            }}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create assessment
          </button>
        </div>
      </form>
    </dialog>
  );
}
