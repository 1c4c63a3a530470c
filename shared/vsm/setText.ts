import { getObjectId, updateText } from '@automerge/automerge/slim';

/**
 * Writes text that several people may be typing at once. Inside an Automerge change the new
 * value is applied as a character diff, so concurrent edits to one field merge instead of one
 * overwriting the other; on a plain object (a new document, a test) it is a plain assignment.
 */
export function setText<K extends string | number>(
  target: Record<K, string>,
  key: K,
  value: string,
): void {
  const current = target[key];
  if (current === value) return;
  if (typeof current === 'string' && getObjectId(target)) updateText(target, [key], value);
  else target[key] = value;
}
