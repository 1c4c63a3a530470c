import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo/slim';
import { preloadedOrgDesign } from '../../../shared/org/preloadedDesigns';
import type { OrgDesignDoc, Structure } from '../../../shared/org/OrgDesignDoc';
import { addArtefact } from '../../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../../shared/workshop/WorkshopDoc';
import { changeDocument } from '../../documents/documentHistory';
import { viewForKind } from '../../workshop/artefactKinds';

/**
 * Whether this build can open an organisation design: until its editor is one of the workshop's
 * kinds, a design created here would open as "This document cannot be opened", so none is
 * offered.
 */
export function canOpenOrgDesigns(): boolean {
  return viewForKind('orgDesign') !== undefined;
}

/**
 * Creates an organisation design preloaded with `structure` and lists it in the workshop right
 * after the assessment (an undoable change of the workshop, as deriving a future-state map
 * is). Returns the new design's handle.
 */
export async function createOrgDesign(options: {
  repo: Repo;
  workshopUrl: string;
  assessmentUrl: string;
  structure: Structure;
  title: string;
}): Promise<DocHandle<OrgDesignDoc>> {
  const now = Date.now();
  const design = options.repo.create<OrgDesignDoc>(
    preloadedOrgDesign(options.structure, now, undefined, options.title),
  );
  const workshop = await options.repo.find<WorkshopDoc>(options.workshopUrl as AutomergeUrl);
  changeDocument(workshop, (draft) =>
    addArtefact(draft, design.url, 'orgDesign', now, design.doc().title, options.assessmentUrl),
  );
  return design;
}
