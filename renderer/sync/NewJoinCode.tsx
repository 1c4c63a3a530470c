import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * "New join code…", asked twice: it disconnects the whole room, and everyone must join again
 * with the new code — a slip of the mouse in the middle of a workshop would cost everyone that.
 */
export function NewJoinCode({ onConfirm }: { onConfirm: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Focus follows the question: onto "Give the room a new code", and back when it is answered.
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) ask.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={ask} onClick={() => setAsking(true)}>
        New join code…
      </button>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setAsking(false);
  };
  return (
    <div className="new-join-code" role="group" aria-label="New join code" onKeyDown={onKeyDown}>
      <p>Everyone joined so far is disconnected and must join again with the new code.</p>
      <button
        type="button"
        ref={confirm}
        className="primary"
        onClick={() => void onConfirm().finally(() => setAsking(false))}
      >
        Give the room a new code
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
