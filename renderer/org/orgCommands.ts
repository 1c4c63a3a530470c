import type { DocHandle } from '@automerge/automerge-repo/slim';
import { findByName } from '../../shared/org/orgLookup';
import type { OrgDesignDoc, Scenario } from '../../shared/org/OrgDesignDoc';
import { addPerson } from '../../shared/org/personChanges';
import { movePlacement, unplace } from '../../shared/org/placementChanges';
import { deleteScenario, duplicateScenario, markBaseline } from '../../shared/org/scenarioChanges';
import { undoDocument } from '../documents/documentHistory';
import type { OrgSelection } from './orgSelection';
import { neighbourTarget } from './placementDefaults';
import type { PlaceDraft } from './PlaceDialog';
import { tryOrgChange } from './tryOrgChange';

export const ORG_VIEWS = [
  'chart',
  'people',
  'responsibility',
  'compare',
  'recommendation',
  'valueStream',
  'details',
] as const;
export type OrgView = (typeof ORG_VIEWS)[number];

export const VIEW_LABELS: Record<OrgView, string> = {
  chart: 'Chart',
  people: 'People',
  responsibility: 'Responsibility',
  compare: 'Compare',
  recommendation: 'Recommendation',
  valueStream: 'Value stream',
  details: 'Details',
};

export interface OrgCommandContext {
  handle: DocHandle<OrgDesignDoc>;
  design: OrgDesignDoc;
  scenario: Scenario;
  selection: OrgSelection | null;
  select(selection: OrgSelection | null): void;
  setView(view: OrgView): void;
  setScenarioId(scenarioId: string): void;
  openPlace(draft: PlaceDraft): void;
  openScenarioDialog(mode: 'new' | 'rename'): void;
  /** Asks before deleting someone who is placed (their placements go too). */
  deletePerson(personId: string): void;
  /** Focuses a field of the inspector once it shows, e.g. a new person's name. */
  focusInspector(field: 'name' | 'allocation'): void;
  /** Focuses a chip of the chart once it shows, e.g. a placement just moved. */
  focusChip(key: string): void;
  report(message: string): void;
  /** A confirmation with an Undo button (the document's undo). */
  confirm(message: string): void;
}

export interface Shortcut {
  key: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  /** Only when focus is not in a text field (Delete, for instance, edits text there). */
  outsideText?: boolean;
}

/** One action of the design editor: the toolbar, the keyboard and the help read one list. */
export interface OrgCommand {
  id: string;
  label: string;
  shortcuts: Shortcut[];
  enabled(context: OrgCommandContext): boolean;
  run(context: OrgCommandContext): void;
}

const selectedPlacement = (context: OrgCommandContext) =>
  context.selection?.kind === 'placement' &&
  Object.hasOwn(context.scenario.placements, context.selection.key)
    ? context.selection
    : null;

const selectedPerson = (context: OrgCommandContext) => {
  const selection = context.selection;
  const personId =
    selection?.kind === 'person' || selection?.kind === 'placement' ? selection.personId : null;
  return personId !== null && Object.hasOwn(context.design.people, personId) ? personId : null;
};

/** "New person", or "New person 2", … when taken. */
function freePersonName(design: OrgDesignDoc): string {
  if (!findByName(design.people, 'New person')) return 'New person';
  for (let n = 2; ; n++) {
    if (!findByName(design.people, `New person ${n}`)) return `New person ${n}`;
  }
}

function addPersonCommand(context: OrgCommandContext) {
  let personId = '';
  const refusal = tryOrgChange(context.handle, (design) => {
    personId = addPerson(design, { name: freePersonName(design) });
  });
  if (refusal) return context.report(refusal);
  context.select({ kind: 'person', personId });
  context.focusInspector('name');
}

/** What the place dialog starts from: the selected cell, role, person or service. */
export function placeDraftFor(context: OrgCommandContext): PlaceDraft {
  const selection = context.selection;
  switch (selection?.kind) {
    case 'cell':
      return { serviceId: selection.serviceId };
    case 'service':
      return { serviceId: selection.serviceId };
    case 'role':
      return { roleId: selection.roleId };
    case 'person':
      return { personId: selection.personId };
    case 'placement':
      return { personId: selection.personId };
    default:
      return {};
  }
}

export function movePlacementCommand(context: OrgCommandContext, key: string, step: -1 | 1) {
  const target = neighbourTarget(context.design, context.scenario, key, step);
  if (!target) return;
  let moved = key;
  const refusal = tryOrgChange(context.handle, (design) => {
    moved = movePlacement(design, context.scenario.id, key, target);
  });
  if (refusal) return context.report(refusal);
  const personId = context.scenario.placements[key]?.personId ?? '';
  context.select({ kind: 'placement', key: moved, personId });
  context.focusChip(moved);
}

export function removePlacementCommand(context: OrgCommandContext, key: string) {
  const placement = context.scenario.placements[key];
  if (!placement) return;
  const refusal = tryOrgChange(context.handle, (design) =>
    unplace(design, context.scenario.id, key),
  );
  if (refusal) return context.report(refusal);
  context.select({ kind: 'person', personId: placement.personId });
  const name = context.design.people[placement.personId]?.name ?? 'The person';
  context.confirm(`${name} was taken off this placement.`);
}

function duplicateScenarioCommand(context: OrgCommandContext) {
  let copy = '';
  const refusal = tryOrgChange(context.handle, (design) => {
    copy = duplicateScenario(design, context.scenario.id);
  });
  if (refusal) return context.report(refusal);
  context.setScenarioId(copy);
  context.confirm(`Duplicated “${context.scenario.name}”: you are now in the copy.`);
}

function deleteScenarioCommand(context: OrgCommandContext) {
  const { scenario } = context;
  const refusal = tryOrgChange(context.handle, (design) => deleteScenario(design, scenario.id));
  if (refusal) return context.report(refusal);
  context.confirm(`Deleted the scenario “${scenario.name}”.`);
}

export const ORG_COMMANDS: OrgCommand[] = [
  {
    id: 'add-person',
    label: 'Add person',
    shortcuts: [{ key: 'n', alt: true }],
    enabled: () => true,
    run: addPersonCommand,
  },
  {
    id: 'place-person',
    label: 'Place a person…',
    shortcuts: [{ key: 'p', alt: true }],
    enabled: (context) => Object.keys(context.design.people).length > 0,
    run: (context) => context.openPlace(placeDraftFor(context)),
  },
  {
    id: 'remove-placement',
    label: 'Take off',
    shortcuts: [{ key: 'Delete', outsideText: true }],
    enabled: (context) => selectedPlacement(context) !== null,
    run: (context) => removePlacementCommand(context, selectedPlacement(context)!.key),
  },
  {
    id: 'delete-person',
    label: 'Delete person',
    shortcuts: [{ key: 'Delete', ctrl: true }],
    enabled: (context) => selectedPerson(context) !== null,
    run: (context) => context.deletePerson(selectedPerson(context)!),
  },
  {
    id: 'move-placement-previous',
    label: 'Move to the previous service or role',
    shortcuts: [{ key: 'ArrowLeft', alt: true, outsideText: true }],
    enabled: (context) => selectedPlacement(context) !== null,
    run: (context) => movePlacementCommand(context, selectedPlacement(context)!.key, -1),
  },
  {
    id: 'move-placement-next',
    label: 'Move to the next service or role',
    shortcuts: [{ key: 'ArrowRight', alt: true, outsideText: true }],
    enabled: (context) => selectedPlacement(context) !== null,
    run: (context) => movePlacementCommand(context, selectedPlacement(context)!.key, 1),
  },
  {
    id: 'new-scenario',
    label: 'New scenario…',
    shortcuts: [],
    enabled: () => true,
    run: (context) => context.openScenarioDialog('new'),
  },
  {
    id: 'duplicate-scenario',
    label: 'Duplicate',
    shortcuts: [],
    enabled: () => true,
    run: duplicateScenarioCommand,
  },
  {
    id: 'rename-scenario',
    label: 'Rename…',
    shortcuts: [],
    enabled: () => true,
    run: (context) => context.openScenarioDialog('rename'),
  },
  {
    id: 'mark-baseline',
    label: 'Mark as baseline',
    shortcuts: [],
    enabled: (context) => context.design.baselineScenarioId !== context.scenario.id,
    run: (context) => {
      const refusal = tryOrgChange(context.handle, (design) =>
        markBaseline(design, context.scenario.id),
      );
      if (refusal) context.report(refusal);
    },
  },
  {
    id: 'delete-scenario',
    label: 'Delete',
    shortcuts: [],
    enabled: (context) => Object.keys(context.design.scenarios).length > 1,
    run: deleteScenarioCommand,
  },
  ...ORG_VIEWS.map((view, index): OrgCommand => ({
    id: `show-${view}`,
    label: `Show ${VIEW_LABELS[view].toLowerCase()}`,
    shortcuts: [{ key: String(index + 1), alt: true }],
    enabled: () => true,
    run: (context) => context.setView(view),
  })),
];

export function commandById(id: string): OrgCommand {
  const command = ORG_COMMANDS.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyboardEvent, inText: boolean): OrgCommand | undefined {
  return ORG_COMMANDS.find((command) =>
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

export function shortcutLabel(command: OrgCommand): string {
  const shortcut = command.shortcuts[0];
  if (!shortcut) return '';
  const key = shortcut.key.replace('ArrowLeft', '←').replace('ArrowRight', '→');
  return [
    shortcut.ctrl && 'Ctrl',
    shortcut.alt && 'Alt',
    shortcut.shift && 'Shift',
    key.length === 1 ? key.toUpperCase() : key,
  ]
    .filter(Boolean)
    .join('+');
}

/** Runs the document's undo: the action of a confirmation's Undo button. */
export function undoLast(handle: DocHandle<OrgDesignDoc>): void {
  undoDocument(handle as DocHandle<unknown>);
}
