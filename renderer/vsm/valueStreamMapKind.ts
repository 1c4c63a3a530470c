import { lazy } from 'react';
import type { ArtefactKindView } from '../workshop/artefactKinds';
import { NewMapDialog } from './NewMapDialog';

export const valueStreamMapKind: ArtefactKindView = {
  kind: 'valueStreamMap',
  label: 'value stream map',
  CreateDialog: NewMapDialog,
  // The editor (d3, the table library) loads when a map is opened, not with the library.
  Editor: lazy(() => import('./VsmEditor').then((module) => ({ default: module.VsmEditor }))),
};
