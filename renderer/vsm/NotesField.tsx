import { useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onEdit: (text: string) => string | null;
  rows?: number;
}

/**
 * A multi-line text stored as Automerge text (the change functions use updateText), so two
 * people typing in the same notes merge instead of overwriting each other.
 */
export function NotesField({ label, value, onEdit, rows = 3 }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; error: string }>();
  const error = draft?.error;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={draft?.text ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          const refusal = onEdit(text);
          setDraft(refusal === null ? undefined : { text, error: refusal });
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
