import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import type { ComponentType } from 'react';
import type { ArtefactKind } from '../../shared/workshop/WorkshopDoc';

/** What the workshop home needs to know about one kind of document. */
export interface ArtefactKindView {
  kind: ArtefactKind;
  /** Singular name shown to coaches, e.g. "value stream map". */
  label: string;
  /** Creates an empty document of this kind and returns its handle. */
  create: (repo: Repo, now: number) => DocHandle<unknown>;
  /** The document's editor. */
  Editor: ComponentType<{ handle: DocHandle<unknown>; workshopUrl: string }>;
}

/** Each document kind registers here as it is built (value stream maps, org designs, …). */
export const artefactKindViews: ArtefactKindView[] = [];

export function viewForKind(kind: string): ArtefactKindView | undefined {
  return artefactKindViews.find((view) => view.kind === kind);
}
