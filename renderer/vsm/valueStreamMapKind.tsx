import { preloadable } from '../app/preloadable';
import type { ArtefactKindView } from '../workshop/artefactKinds';
import { NewMapDialog } from './NewMapDialog';

// The editor (d3, the table library) loads with the first map a workshop lists, not with the
// library.
const editor = preloadable(
  () => import('./VsmEditor').then((module) => module.VsmEditor),
  <p className="page muted">Opening document…</p>,
);

export const valueStreamMapKind: ArtefactKindView = {
  kind: 'valueStreamMap',
  label: 'value stream map',
  CreateDialog: NewMapDialog,
  Editor: editor.Component,
  preloadEditor: editor.preload,
};
