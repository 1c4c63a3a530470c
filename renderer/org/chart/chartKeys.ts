/** Focuses a chart element and keeps it on screen (the chart's focus handler pans to it). */
export function focusIn(root: Element | null, selector: string): boolean {
  const element = root?.querySelector<SVGElement>(selector);
  if (!element) return false;
  element.focus();
  return true;
}

/** The chip above or below `chip` in its cell or group, or null at either end. */
export function siblingChip(chip: Element, step: -1 | 1): Element | null {
  const chips = [...(chip.parentElement?.querySelectorAll('[data-placement-key]') ?? [])];
  return chips[chips.indexOf(chip) + step] ?? null;
}

/** The placement key of the chip an event happened on, if any. */
export function chipKey(element: Element): string | null {
  return element.closest('[data-placement-key]')?.getAttribute('data-placement-key') ?? null;
}

export function isActivation(key: string): boolean {
  return key === 'Enter' || key === ' ';
}
