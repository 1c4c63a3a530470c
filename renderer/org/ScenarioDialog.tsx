import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Structure } from '../../shared/org/OrgDesignDoc';

interface Props {
  mode: 'new' | 'rename';
  name: string;
  /** Tries the change; returns the refusal to show, or null when done. */
  onSubmit(name: string, structure: Structure): string | null;
  onClose(): void;
}

/** Names a new scenario (and picks its structure) or renames the current one. */
export function ScenarioDialog({ mode, name: initial, onSubmit, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState(initial);
  const [structure, setStructure] = useState<Structure>('matrix');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refusal = onSubmit(name, structure);
    if (refusal) setError(`${refusal.replace(/\.?$/, '.')} Nothing was changed.`);
    else dialog.current?.close();
  };
  const heading = mode === 'new' ? 'New scenario' : 'Rename scenario';
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>{heading}</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        {mode === 'new' && (
          <fieldset className="org-start-choice">
            <legend>Structure</legend>
            <label className="org-start-option">
              <input
                type="radio"
                name="structure"
                checked={structure === 'matrix'}
                onChange={() => setStructure('matrix')}
              />
              <span>
                <strong>Matrix</strong>
                <span className="org-muted">
                  {' '}
                  Pools × services; each person placed on services.
                </span>
              </span>
            </label>
            <label className="org-start-option">
              <input
                type="radio"
                name="structure"
                checked={structure === 'flat'}
                onChange={() => setStructure('flat')}
              />
              <span>
                <strong>Flat team</strong>
                <span className="org-muted"> One team around one Service Master.</span>
              </span>
            </label>
          </fieldset>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {mode === 'new' ? 'Add scenario' : 'Rename'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
