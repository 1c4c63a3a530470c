import type { ArtefactKindRules } from './ArtefactKindRules';
import { MAX_LINE_LENGTH } from './workshopSchema';

const COPY_SUFFIX = / \(copy(?: \d+)?\)$/;

/**
 * "Current state (copy)", or "(copy 2)", "(copy 3)"… when the workshop already lists that title.
 * A copy of a copy is numbered rather than called "… (copy) (copy)".
 */
export function copyTitle(title: string, takenTitles: readonly string[]): string {
  const base = title.replace(COPY_SUFFIX, '');
  const taken = new Set(takenTitles);
  for (let number = 1; ; number++) {
    const suffix = number === 1 ? ' (copy)' : ` (copy ${number})`;
    const candidate = base.slice(0, MAX_LINE_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The content of a new, independent document copied from `doc`: every field but its links to
 * other documents (a copied future state is not the future of the original's current state),
 * under the title `title`.
 */
export function copyOfArtefact<Doc>(doc: Doc, title: string, rules: ArtefactKindRules<Doc>): Doc {
  const copy = JSON.parse(JSON.stringify(doc)) as Doc;
  for (const url of rules.linkedUrls(copy)) rules.unlink(copy, url);
  rules.rename(copy, title);
  return copy;
}
