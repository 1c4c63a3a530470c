import { useEffect, useRef } from 'react';

/**
 * When an action disables or removes the control that ran it (Delete step on the last step,
 * Undo with nothing left), focus would fall to the page and a keyboard user would start again
 * from the top: it goes to `fallback()` instead.
 */
export function useFocusRescue(fallback: () => HTMLElement | null | undefined): void {
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => {
    let focused: Element | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target as Element;
    };
    // Chromium does not always send focusout when a focused button is disabled, so each click
    // and key press looks, once the page has updated, whether focus is still somewhere.
    const check = () => {
      requestAnimationFrame(() => {
        const lost = focused;
        if (
          !lost ||
          (document.activeElement !== document.body && !isDisabled(document.activeElement))
        )
          return;
        if (lost.isConnected && !isDisabled(lost)) return;
        fallbackRef.current()?.focus();
      });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('click', check);
    document.addEventListener('keyup', check);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('click', check);
      document.removeEventListener('keyup', check);
    };
  }, []);
}

function isDisabled(element: Element | null): boolean {
  return element instanceof HTMLButtonElement && element.disabled;
}
