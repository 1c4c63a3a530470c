import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import type { ComponentType } from 'react';
import type { ArtefactKindRules } from '../../shared/workshop/ArtefactKindRules';
import type { ArtefactKind } from '../../shared/workshop/WorkshopDoc';

/**
 * What the workshop home needs to know about one kind of document: its views, and the pure
 * rules (summary, rename, links) the home's row for it uses. Each kind registers one in
 * `artefactKinds.ts`.
 */
export interface ArtefactKindView<Doc = unknown> extends ArtefactKindRules<Doc> {
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
