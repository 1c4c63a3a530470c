import { assessmentKind } from '../assessment/assessmentKind';
import { orgDesignKind } from '../org/orgDesignKind';
import { valueStreamMapKind } from '../vsm/valueStreamMapKind';
import type { ArtefactKindView } from './ArtefactKindView';

/** The document kinds a workshop can hold, in the order the home offers them. */
export const artefactKindViews: ArtefactKindView[] = [
  valueStreamMapKind,
  orgDesignKind,
  assessmentKind,
];

export function viewForKind(kind: string): ArtefactKindView | undefined {
  return artefactKindViews.find((view) => view.kind === kind);
}
