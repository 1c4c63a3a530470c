import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  fromTemplate,
  updateMapDetails,
  type TemplateName,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { workshopTitleSchema } from '../../shared/workshop/workshopSchema';

const TEMPLATE_CHOICES: { name: TemplateName; label: string; description: string }[] = [
  {
    name: 'enterprise-devops',
    label: 'Enterprise DevOps process',
    description:
      'The eleven stages from business strategy to end of life, with who acts in each (times are placeholders).',
  },
  {
    name: 'software-delivery',
    label: 'Software delivery pipeline',
    description:
      'Development → code review → tests → staging → QA → approval → production → monitoring, with typical times.',
  },
  {
    name: 'blank',
    label: 'Blank map',
    description: 'Start from nothing and add steps as the room names them.',
  },
];

interface Props {
  repo: Repo;
  onCreated: (handle: DocHandle<unknown>) => void;
  onClose: () => void;
}

/** Starts a value stream map from a template or blank. */
export function NewMapDialog({ repo, onCreated, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('Current state');
  const [template, setTemplate] = useState<TemplateName>('enterprise-devops');
  const [error, setError] = useState<string>();
  useEffect(() => dialog.current?.showModal(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = workshopTitleSchema.safeParse(title);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    const map = fromTemplate(template, Date.now());
    updateMapDetails(map, { title: parsed.data });
    onCreated(repo.create<ValueStreamMapDoc>(map) as DocHandle<unknown>);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>New value stream map</h2>
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
        <fieldset className="template-choice">
          <legend>Start from</legend>
          {TEMPLATE_CHOICES.map((choice) => (
            <label key={choice.name} className="template-option">
              <input
                type="radio"
                name="template"
                value={choice.name}
                checked={template === choice.name}
                onChange={() => setTemplate(choice.name)}
              />
              <span>
                <strong>{choice.label}</strong>
                <span className="muted small"> {choice.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create map
          </button>
        </div>
      </form>
    </dialog>
  );
}
