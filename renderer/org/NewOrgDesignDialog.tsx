import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  newOrgDesign,
  OrgValidationError,
  preloadedOrgDesign,
  type OrgDesignDoc,
  type Structure,
} from '../../shared/org';
import { workshopTitleSchema } from '../../shared/workshop/workshopSchema';
import './org.css';

type Start = 'flat' | 'matrix' | 'empty';

const START_CHOICES: { name: Start; label: string; description: string }[] = [
  {
    name: 'flat',
    label: 'Flat DevOps team',
    description:
      'One team of nine around a Service Master: the white paper’s roles with placeholder names to rename.',
  },
  {
    name: 'matrix',
    label: 'Matrix organisation',
    description:
      'Experts in four functional pools, placed on two services as Toyota places engineers with a chief engineer.',
  },
  {
    name: 'empty',
    label: 'Empty design',
    description: 'The seven roles and nobody yet: add the client’s people, pools and services.',
  },
];

interface Props {
  repo: Repo;
  onCreated: (handle: DocHandle<unknown>) => void;
  onClose: () => void;
}

/** Starts an organisation design: a flat team, a matrix, or empty. */
export function NewOrgDesignDialog({ repo, onCreated, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('Organisation design');
  const [start, setStart] = useState<Start>('flat');
  const [emptyStructure, setEmptyStructure] = useState<Structure>('matrix');
  const [error, setError] = useState<string>();
  useEffect(() => dialog.current?.showModal(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = workshopTitleSchema.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    try {
      const now = Date.now();
      const design =
        start === 'empty'
          ? newOrgDesign({ title: parsed.data, structure: emptyStructure }, now)
          : preloadedOrgDesign(start, now, undefined, parsed.data);
      onCreated(repo.create<OrgDesignDoc>(design) as DocHandle<unknown>);
    } catch (refusal) {
      if (!(refusal instanceof OrgValidationError)) throw refusal;
      setError(refusal.message);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>New organisation design</h2>
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
        <fieldset className="org-start-choice">
          <legend>Start from</legend>
          {START_CHOICES.map((choice) => (
            <label key={choice.name} className="org-start-option">
              <input
                type="radio"
                name="start"
                value={choice.name}
                checked={start === choice.name}
                onChange={() => setStart(choice.name)}
              />
              <span>
                <strong>{choice.label}</strong>
                <span className="org-muted"> {choice.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {start === 'empty' && (
          <div className="field">
            <label htmlFor={`${id}-structure`}>First scenario</label>
            <select
              id={`${id}-structure`}
              value={emptyStructure}
              onChange={(event) => setEmptyStructure(event.target.value as Structure)}
            >
              <option value="matrix">Matrix (pools × services)</option>
              <option value="flat">Flat team</option>
            </select>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create design
          </button>
        </div>
      </form>
    </dialog>
  );
}
