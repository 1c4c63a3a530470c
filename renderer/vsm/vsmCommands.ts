import type { DocHandle, Repo } from '@automerge/automerge-repo/slim';
import {
  addStep,
  deleteStep,
  deriveFutureState,
  moveStep,
  orderedSteps,
  updateMapDetails,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { addArtefact } from '../../shared/workshop/workshopChanges';
import type { WorkshopDoc } from '../../shared/workshop/WorkshopDoc';
import { navigate } from '../app/route';
import { changeDocument } from '../documents/documentHistory';
import { tryMapChange } from './tryMapChange';

export const EDITOR_VIEWS = ['map', 'table', 'kaizen', 'compare', 'details'] as const;
export type EditorView = (typeof EDITOR_VIEWS)[number];

export interface CommandContext {
  repo: Repo;
  handle: DocHandle<ValueStreamMapDoc>;
  map: ValueStreamMapDoc;
  workshopUrl: string;
  selectedStepId: string | null;
  select: (stepId: string | null) => void;
  setView: (view: EditorView) => void;
  focusStepName: () => void;
  report: (message: string) => void;
}

export interface Shortcut {
  key: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  /** Only when focus is not in a text field (Delete, for instance, edits text there). */
  outsideText?: boolean;
}

/** One action of the map editor: the toolbar, the keyboard and the help read the same list. */
export interface VsmCommand {
  id: string;
  label: string;
  shortcuts: Shortcut[];
  enabled: (context: CommandContext) => boolean;
  run: (context: CommandContext) => void;
}

const hasSelection = (context: CommandContext) =>
  context.selectedStepId !== null &&
  context.map.steps.some((step) => step.id === context.selectedStepId);

function addStepAfterSelection(context: CommandContext) {
  const number = context.map.steps.length + 1;
  let id = '';
  const refusal = tryMapChange(context.handle, (draft) => {
    id = addStep(draft, {
      name: `Step ${number}`,
      ...(hasSelection(context) ? { after: context.selectedStepId } : {}),
    });
  });
  if (refusal) return context.report(refusal);
  context.select(id);
  context.focusStepName();
}

function deleteSelectedStep(context: CommandContext) {
  const steps = orderedSteps(context.map);
  const index = steps.findIndex((step) => step.id === context.selectedStepId);
  const refusal = tryMapChange(context.handle, (draft) =>
    deleteStep(draft, context.selectedStepId!),
  );
  if (refusal) return context.report(refusal);
  context.select(steps[index + 1]?.id ?? steps[index - 1]?.id ?? null);
}

function moveSelected(context: CommandContext, direction: 'up' | 'down') {
  const refusal = tryMapChange(context.handle, (draft) =>
    moveStep(draft, context.selectedStepId!, direction),
  );
  if (refusal) context.report(refusal);
}

async function deriveFuture(context: CommandContext) {
  const now = Date.now();
  const future = context.repo.create<ValueStreamMapDoc>(
    deriveFutureState(context.map, now, { currentMapUrl: context.handle.url }),
  );
  changeDocument(context.handle, (draft) => updateMapDetails(draft, { linkedMapUrl: future.url }));
  const workshop = await context.repo.find<WorkshopDoc>(context.workshopUrl as never);
  changeDocument(workshop, (draft) =>
    addArtefact(draft, future.url, 'valueStreamMap', now, future.doc().title),
  );
  navigate({ name: 'artefact', workshopUrl: context.workshopUrl, artefactUrl: future.url });
}

const VIEW_LABELS: Record<EditorView, string> = {
  map: 'Map',
  table: 'Table',
  kaizen: 'Kaizen',
  compare: 'Compare',
  details: 'Details',
};

export const VSM_COMMANDS: VsmCommand[] = [
  {
    id: 'add-step',
    label: 'Add step',
    shortcuts: [
      { key: 'n', alt: true },
      { key: 'Insert', outsideText: true },
    ],
    enabled: () => true,
    run: addStepAfterSelection,
  },
  {
    id: 'delete-step',
    label: 'Delete step',
    shortcuts: [
      { key: 'Delete', outsideText: true },
      { key: 'Delete', ctrl: true },
    ],
    enabled: hasSelection,
    run: deleteSelectedStep,
  },
  {
    id: 'move-step-earlier',
    label: 'Move step earlier',
    shortcuts: [
      { key: 'ArrowLeft', alt: true, outsideText: true },
      { key: 'ArrowUp', alt: true, outsideText: true },
    ],
    enabled: hasSelection,
    run: (context) => moveSelected(context, 'up'),
  },
  {
    id: 'move-step-later',
    label: 'Move step later',
    shortcuts: [
      { key: 'ArrowRight', alt: true, outsideText: true },
      { key: 'ArrowDown', alt: true, outsideText: true },
    ],
    enabled: hasSelection,
    run: (context) => moveSelected(context, 'down'),
  },
  {
    id: 'edit-step',
    label: 'Edit step',
    shortcuts: [{ key: 'F2' }],
    enabled: hasSelection,
    run: (context) => context.focusStepName(),
  },
  {
    id: 'derive-future-state',
    label: 'Derive future state',
    shortcuts: [],
    enabled: (context) => context.map.state === 'current' && !context.map.linkedMapUrl,
    run: (context) => void deriveFuture(context),
  },
  ...EDITOR_VIEWS.map((view, index): VsmCommand => ({
    id: `show-${view}`,
    label: `Show ${VIEW_LABELS[view].toLowerCase()}`,
    shortcuts: [{ key: String(index + 1), alt: true }],
    enabled: (context) => view !== 'compare' || !!context.map.linkedMapUrl,
    run: (context) => context.setView(view),
  })),
];

export { VIEW_LABELS };

export function commandById(id: string): VsmCommand {
  const command = VSM_COMMANDS.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyboardEvent, inText: boolean): VsmCommand | undefined {
  return VSM_COMMANDS.find((command) =>
    command.shortcuts.some(
      (shortcut) =>
        shortcut.key.toLowerCase() === event.key.toLowerCase() &&
        !!shortcut.alt === event.altKey &&
        !!shortcut.ctrl === (event.ctrlKey || event.metaKey) &&
        !!shortcut.shift === event.shiftKey &&
        !(shortcut.outsideText && inText),
    ),
  );
}

export function shortcutLabel(command: VsmCommand): string {
  const shortcut = command.shortcuts[0];
  if (!shortcut) return '';
  const key = shortcut.key
    .replace('Arrow', '')
    .replace('Left', '←')
    .replace('Right', '→')
    .replace('Up', '↑')
    .replace('Down', '↓');
  return [
    shortcut.ctrl && 'Ctrl',
    shortcut.alt && 'Alt',
    shortcut.shift && 'Shift',
    key.length === 1 ? key.toUpperCase() : key,
  ]
    .filter(Boolean)
    .join('+');
}
