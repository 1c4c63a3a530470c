import type { ArtefactKindView } from '../workshop/artefactKinds';
import { NewMapDialog } from './NewMapDialog';
import { VsmEditor } from './VsmEditor';

export const valueStreamMapKind: ArtefactKindView = {
  kind: 'valueStreamMap',
  label: 'value stream map',
  CreateDialog: NewMapDialog,
  Editor: VsmEditor,
};
