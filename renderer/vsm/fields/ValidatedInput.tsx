import { useId, useRef, useState, type ReactNode } from 'react';

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
  hideLabel?: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/**
 * An input whose every keystroke is stored when valid. While it has focus it shows what was
 * typed ("1." on the way to "1.5"); invalid text stays, with a specific message under it, and is
 * never stored (the value from before the typing comes back). Without focus and without an invalid draft it shows the stored value, so undo
 * and a colleague's edits appear in it.
 */
export function ValidatedInput(props: Props) {
  const id = useId();
  const [draft, setDraft] = useState<{ text: string; error: string | null }>();
  const error = draft?.error ?? null;
  // What the field held when the person started typing: typing "150" passes through a valid
  // "15", so when the text turns invalid the stored value goes back to this.
  const valueAtFocus = useRef(props.value);
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
          value={draft?.text ?? props.value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onFocus={() => {
            valueAtFocus.current = props.value;
          }}
          onChange={(event) => {
            const text = event.target.value;
            const refusal = props.onEdit(text);
            if (refusal !== null && props.value !== valueAtFocus.current)
              props.onEdit(valueAtFocus.current);
            setDraft({ text, error: refusal });
          }}
          onBlur={() => {
            if (draft && (draft.error === null || props.onEdit(draft.text) === null))
              setDraft(undefined);
          }}
        />
        {props.after}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
