import { updateMapDetails, type ValueStreamMapDoc } from '../../shared/vsm';
import { preloadable } from '../app/preloadable';
import type { ArtefactKindView } from '../workshop/ArtefactKindView';
import { NewMapDialog } from './NewMapDialog';

// The editor (d3, the table library) loads with the first map a workshop lists, not with the
// library.
const editor = preloadable(
  () => import('./VsmEditor').then((module) => module.VsmEditor),
  <p className="page muted">Opening document…</p>,
);

export const valueStreamMapKind: ArtefactKindView<ValueStreamMapDoc> = {
  kind: 'valueStreamMap',
  label: 'value stream map',
  CreateDialog: NewMapDialog,
  Editor: editor.Component,
  preloadEditor: editor.preload,
  summarize: (map) =>
    `${map.state === 'future' ? 'Future state' : 'Current state'} · ${map.steps.length === 1 ? '1 step' : `${map.steps.length} steps`}`,
  rename: (map, title) => updateMapDetails(map, { title }),
  linkedUrls: (map) => (map.linkedMapUrl === undefined ? [] : [map.linkedMapUrl]),
  // Once its partner is deleted for good, the map offers "Derive future state" again.
  unlink: (map, url) => {
    if (map.linkedMapUrl === url) updateMapDetails(map, { linkedMapUrl: null });
  },
};
