import type { OrgDesignDoc } from '../../shared/org/OrgDesignDoc';
import { renameDesign } from '../../shared/org/renameDesign';
import { preloadable } from '../app/preloadable';
import type { ArtefactKindView } from '../workshop/ArtefactKindView';
import { designOutline } from './designOutline';

// The library's first screen carries this file and the outline alone. The rest — editor,
// create dialog, the checks the summary counts — is one chunk, loaded once a workshop lists or
// creates a design.
let summarizeWithChecks: ((design: OrgDesignDoc) => string) | undefined;
const code = () =>
  import('./orgDesignCode').then((module) => {
    summarizeWithChecks = module.designSummary;
    return module;
  });
const editor = preloadable(
  () => code().then((module) => module.OrgEditor),
  <p className="page muted">Opening document…</p>,
);
const createDialog = preloadable(() => code().then((module) => module.NewOrgDesignDialog), null);

export const orgDesignKind: ArtefactKindView<OrgDesignDoc> = {
  kind: 'orgDesign',
  label: 'organisation design',
  CreateDialog: createDialog.Component,
  Editor: editor.Component,
  preloadEditor: editor.preload,
  // Until the checks have loaded (right after the home paints), the row shows the outline.
  summarize: (design) => (summarizeWithChecks ?? designOutline)(design),
  rename: renameDesign,
  linkedUrls: () => [],
  unlink: () => undefined,
};
