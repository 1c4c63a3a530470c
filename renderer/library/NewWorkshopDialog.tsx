import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { workshopDetailsSchema } from '../../shared/workshop/workshopSchema';
import type { WorkshopDetails } from '../../shared/workshop/WorkshopDoc';

interface Props {
  defaultFacilitator: string;
  onCreate: (details: WorkshopDetails) => void;
  onClose: () => void;
}

/** A modal form for a new workshop; only the title is required. Enter creates, Esc cancels. */
export function NewWorkshopDialog({ defaultFacilitator, onCreate, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [values, setValues] = useState({
    title: '',
    client: '',
    date: new Date().toISOString().slice(0, 10),
    facilitator: defaultFacilitator,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof WorkshopDetails, string>>>({});

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = workshopDetailsSchema.safeParse(values);
    if (!result.success) {
      const fieldErrors: Partial<Record<keyof WorkshopDetails, string>> = {};
      for (const issue of result.error.issues) {
        const field = issue.path[0] as keyof WorkshopDetails;
        fieldErrors[field] ??= issue.message;
      }
      setErrors(fieldErrors);
      return;
    }
    onCreate(result.data);
  };

  const field = (name: keyof WorkshopDetails, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={type}
        value={values[name]}
        autoFocus={name === 'title'}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        onChange={(event) => {
          setValues({ ...values, [name]: event.target.value });
          setErrors({ ...errors, [name]: undefined });
        }}
      />
      {errors[name] && (
        <p className="field-error" id={`${id}-${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>New workshop</h2>
        {field('title', 'Title (required)')}
        {field('client', 'Client')}
        {field('date', 'Date', 'date')}
        {field('facilitator', 'Facilitator')}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create workshop
          </button>
        </div>
      </form>
    </dialog>
  );
}
