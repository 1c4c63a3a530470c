import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './disclosureMenu.css';

interface Props {
  label: string;
  className?: string;
  /** The items; `close` hides them (and hands focus back to the toggle). */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that shows a short list of actions below it (Export ▾): a toggle with
 * `aria-expanded`, closed by Escape, by a click elsewhere or by choosing an item, focus back
 * on the toggle. (A `<details>` summary is not announced as a button.)
 */
export function DisclosureMenu({ label, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  return (
    <div ref={root} className={`disclosure-menu ${className ?? ''}`}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={id} className="disclosure-menu-items" role="group" aria-label={label} hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
