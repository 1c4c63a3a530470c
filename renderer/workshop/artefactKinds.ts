import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import type { ComponentType } from 'react';
import type { ArtefactKind } from '../../shared/workshop/WorkshopDoc';
import { valueStreamMapKind } from '../vsm/valueStreamMapKind';

/** What the workshop home needs to know about one kind of document. */
export interface ArtefactKindView {
  kind: ArtefactKind;
  /** Singular name shown to coaches, e.g. "value stream map". */
  label: string;
  /** Asks for what a new document needs (title, template) and creates it. */
  CreateDialog: ComponentType<{
    repo: Repo;
    onCreated: (handle: DocHandle<unknown>) => void;
    onClose: () => void;
  }>;
  /** The document's editor. */
  Editor: ComponentType<{ handle: DocHandle<unknown>; workshopUrl: string }>;
  /** Loads the editor's code ahead of need, e.g. while its documents are only listed. */
  preloadEditor: () => Promise<unknown>;
}

/** The document kinds a workshop can hold, in the order the home offers them. */
export const artefactKindViews: ArtefactKindView[] = [valueStreamMapKind];

export function viewForKind(kind: string): ArtefactKindView | undefined {
  return artefactKindViews.find((view) => view.kind === kind);
}
