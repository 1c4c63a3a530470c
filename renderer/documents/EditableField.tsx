import { useId, useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  value: string;
  /** Returns a message when the text cannot be stored, or null when it can. */
  validate: (text: string) => string | null;
  /** Stores the text; called on every valid keystroke so nothing typed is ever lost. */
  onCommit: (text: string) => void;
}

/**
 * A labelled text field bound to a document value. Valid text is stored as it is typed; invalid
 * text stays in the field with a specific message beside it and is never stored.
 */
export function EditableField({ label, value, validate, onCommit, ...inputProps }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const error = draft === undefined ? null : validate(draft);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...inputProps}
        id={id}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          if (validate(text) === null) {
            setDraft(undefined);
            onCommit(text);
          } else {
            setDraft(text);
          }
        }}
        onBlur={() => {
          if (draft === undefined && value !== value.trim()) onCommit(value.trim());
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
