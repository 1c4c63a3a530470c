import { useId, useRef, useState } from 'react';
import { workshopTitleSchema } from '../../shared/workshop/workshopSchema';

/** Where focus goes once the field closes: nowhere when the person moved it themselves. */
export type AfterRename = 'title' | 'rename' | null;

/**
 * The title of a document, editable in place of its link. Enter, or leaving the field, keeps a
 * valid title; Escape, or leaving it invalid, keeps the old one.
 */
export function RenameField(props: {
  title: string;
  /** The new title, or undefined when nothing changes. */
  onDone: (title: string | undefined, focusAfter: AfterRename) => void;
}) {
  const id = useId();
  const [value, setValue] = useState(props.title);
  const [error, setError] = useState<string>();
  // Closing unmounts the field, which may blur it: the first outcome is the one that counts.
  const done = useRef(false);
  const finish = (title: string | undefined, focusAfter: AfterRename) => {
    if (done.current) return;
    done.current = true;
    props.onDone(title === props.title ? undefined : title, focusAfter);
  };
  const parse = (text: string) => workshopTitleSchema.safeParse(text);
  return (
    <div className="field inline-rename">
      <label className="visually-hidden" htmlFor={id}>
        New title for {props.title || 'Untitled'}
      </label>
      <input
        id={id}
        autoFocus
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setValue(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            const result = parse(value);
            if (result.success) finish(result.data, 'title');
            else setError(result.error.issues[0]?.message);
          }
          if (event.key === 'Escape') {
            // Escape closes the field, nothing around it.
            event.stopPropagation();
            finish(undefined, 'rename');
          }
        }}
        onBlur={() => {
          const result = parse(value);
          finish(result.success ? result.data : undefined, null);
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
