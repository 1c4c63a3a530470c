import { useId, useRef, useState, type ReactNode } from 'react';
import './fields.css';

interface Props {
  label: ReactNode;
  /** The stored value, as text. */
  value: string;
  /**
   * The text to edit when it differs from what the field shows: a time shown in the map's unit
   * is edited as it was typed.
   */
  editValue?: string;
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
  /**
   * A one-line text that wraps instead of being cut (a name in a narrow table column): a text
   * area that grows with its text; Enter and pasted line breaks do not break the line.
   */
  wraps?: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * An input whose every keystroke is stored when valid. While it has focus it shows what was
 * typed ("1." on the way to "1.5"); text that cannot be stored stays, marked "Not stored" with
 * the reason, and the value from before the typing stays stored. On leaving the field, it
 * shows the stored value again, and says which text was not stored, until it is next edited or
 * its stored value changes.
 * Without focus it shows the stored value, so undo and a colleague's edits appear in it.
 */
export function ValidatedInput(props: Props) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; error: string | null }>();
  const [notStored, setNotStored] = useState<string | null>(null);
  // A stored value set another way (undo, another field, a colleague) answers the refusal.
  const [storedValue, setStoredValue] = useState(props.value);
  if (storedValue !== props.value) {
    setStoredValue(props.value);
    if (notStored !== null) setNotStored(null);
  }
  const error = draft?.error ?? null;
  // What the field held when the person started typing: typing "150" passes through a valid
  // "15", so when the text turns invalid the stored value goes back to this.
  const valueAtFocus = useRef(props.value);
  const message = error ? `Not stored: ${error}` : notStored;
  const describedBy = [message && `${id}-error`, props.hint && `${id}-hint`]
    .filter(Boolean)
    .join(' ');
  const edit = (text: string) => {
    const refusal = props.onEdit(text);
    if (refusal !== null && props.value !== valueAtFocus.current)
      props.onEdit(valueAtFocus.current);
    setNotStored(null);
    setDraft({ text, error: refusal });
  };
  // What the input and the text area share.
  const control = {
    id,
    inputMode: props.inputMode,
    placeholder: props.placeholder,
    title: props.title,
    value: draft?.text ?? props.value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onFocus: () => {
      valueAtFocus.current = props.editValue ?? props.value;
      if (props.editValue !== undefined && props.editValue !== props.value) {
        setDraft({ text: props.editValue, error: null });
      }
    },
    onBlur: () => {
      if (!draft) return;
      const refusal = draft.error === null ? null : props.onEdit(draft.text);
      if (refusal !== null) {
        const typed = draft.text.trim();
        setNotStored(
          typed ? `Not stored: “${typed.slice(0, 40)}” — ${refusal}` : `Not stored — ${refusal}`,
        );
      }
      setDraft(undefined);
    },
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      <div className="field-row">
        {props.wraps ? (
          <textarea
            {...control}
            rows={1}
            className="wrapping-line"
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
            onChange={(event) => edit(event.target.value.replace(/[\r\n]+/g, ' '))}
          />
        ) : (
          <input
            {...control}
            ref={props.inputRef}
            type={props.type ?? 'text'}
            list={props.list}
            onChange={(event) => edit(event.target.value)}
          />
        )}
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
