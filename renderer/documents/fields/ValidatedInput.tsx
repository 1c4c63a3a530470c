import { useId, useRef, useState, type ReactNode } from 'react';
import './fields.css';

interface Props {
  label: ReactNode;
  /** The stored value, as text. */
  value: string;
  /** Tries to store the text; returns the message to show when it cannot be stored. */
  onEdit: (text: string) => string | null;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  list?: string;
  className?: string;
  /** Extra controls after the input, e.g. a unit select. */
  after?: ReactNode;
  /** A line under the field that describes it (read out with it). */
  hint?: ReactNode;
  /** What the field shows when hovered, e.g. the value as typed. */
  title?: string;
  hideLabel?: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * An input whose every keystroke is stored when valid. While it has focus it shows what was
 * typed ("1." on the way to "1.5"); text that cannot be stored stays, marked "Not stored" with
 * the reason, and the value from before the typing stays stored. On leaving the field, it
 * shows the stored value again, and says which text was not stored, until it is next edited.
 * Without focus it shows the stored value, so undo and a colleague's edits appear in it.
 */
export function ValidatedInput(props: Props) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; error: string | null }>();
  const [notStored, setNotStored] = useState<string | null>(null);
  const error = draft?.error ?? null;
  // What the field held when the person started typing: typing "150" passes through a valid
  // "15", so when the text turns invalid the stored value goes back to this.
  const valueAtFocus = useRef(props.value);
  const message = error ? `Not stored: ${error}` : notStored;
  const describedBy = [message && `${id}-error`, props.hint && `${id}-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <div className="field-row">
        <input
          id={id}
          ref={props.inputRef}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          list={props.list}
          title={props.title}
          value={draft?.text ?? props.value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onFocus={() => {
            valueAtFocus.current = props.value;
          }}
          onChange={(event) => {
            const text = event.target.value;
            const refusal = props.onEdit(text);
            if (refusal !== null && props.value !== valueAtFocus.current)
              props.onEdit(valueAtFocus.current);
            setNotStored(null);
            setDraft({ text, error: refusal });
          }}
          onBlur={() => {
            if (!draft) return;
            const refusal = draft.error === null ? null : props.onEdit(draft.text);
            if (refusal !== null) {
              setNotStored(`Not stored: “${draft.text.trim().slice(0, 40)}” — ${refusal}`);
            }
            setDraft(undefined);
          }}
        />
        {props.after}
      </div>
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
      {props.hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
