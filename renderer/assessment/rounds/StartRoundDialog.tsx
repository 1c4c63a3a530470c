import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { startRound, type AssessmentDoc } from '../../../shared/assessment';
import { tryAssessmentChange } from '../tryAssessmentChange';

interface Props {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  onClose: () => void;
  onStarted: () => void;
}

/** Starts the next round: everyone answers afresh; earlier rounds keep their answers. */
export function StartRoundDialog({ handle, doc, onClose, onStarted }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [label, setLabel] = useState(`Round ${doc.rounds.length + 1}`);
  const [error, setError] = useState<string>();
  useEffect(() => dialog.current?.showModal(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refusal = tryAssessmentChange(
      handle,
      (draft) => void startRound(draft, { label }, Date.now()),
    );
    if (refusal) setError(refusal);
    else {
      dialog.current?.close();
      onStarted();
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>Start a new round</h2>
        <p>
          Everyone answers the questionnaire afresh; {doc.rounds.at(-1)!.label} and earlier rounds
          keep their answers for comparison. The new round’s answers stay hidden until you reveal
          them.
        </p>
        <div className="field">
          <label htmlFor={`${id}-label`}>Name of the round</label>
          <input
            id={`${id}-label`}
            value={label}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setLabel(event.target.value);
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
            Start round
          </button>
        </div>
      </form>
    </dialog>
  );
}
