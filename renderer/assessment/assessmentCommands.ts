import type { DocHandle } from '@automerge/automerge-repo/slim';
import { findRound, hideRound, revealRound, type AssessmentDoc } from '../../shared/assessment';
import { canOpenOrgDesigns } from './result/createOrgDesign';
import { tryAssessmentChange } from './tryAssessmentChange';

export const ASSESSMENT_VIEWS = ['answer', 'facilitate', 'result', 'rounds', 'details'] as const;
export type AssessmentView = (typeof ASSESSMENT_VIEWS)[number];

export const VIEW_LABELS: Record<AssessmentView, string> = {
  answer: 'Answer',
  facilitate: 'Facilitate',
  result: 'Result',
  rounds: 'Rounds',
  details: 'Details',
};

export interface AssessmentCommandContext {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  /** The round the facilitator's views show. */
  roundId: string;
  /** Who answers on this laptop; null before someone has said who they are. */
  respondentId: string | null;
  setView: (view: AssessmentView) => void;
  /** Hands this laptop to the next person: the answers so far leave the screen. */
  nextRespondent: () => void;
  openStartRound: () => void;
  openCreateOrgDesign: () => void;
  report: (message: string) => void;
}

export interface Shortcut {
  key: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
}

/** One action of the assessment editor: its buttons and the keyboard read the same list. */
export interface AssessmentCommand {
  id: string;
  label: string;
  shortcuts: Shortcut[];
  enabled: (context: AssessmentCommandContext) => boolean;
  run: (context: AssessmentCommandContext) => void;
}

const roundOf = (context: AssessmentCommandContext) => findRound(context.doc, context.roundId);

function setRevealed(context: AssessmentCommandContext, revealed: boolean) {
  const refusal = tryAssessmentChange(context.handle, (draft) =>
    (revealed ? revealRound : hideRound)(draft, context.roundId),
  );
  if (refusal) context.report(refusal);
  else if (revealed) context.setView('facilitate');
}

export const ASSESSMENT_COMMANDS: AssessmentCommand[] = [
  {
    id: 'reveal-answers',
    label: 'Reveal answers',
    shortcuts: [{ key: 'r', alt: true }],
    enabled: (context) => roundOf(context)?.revealed === false,
    run: (context) => setRevealed(context, true),
  },
  {
    id: 'hide-answers',
    label: 'Hide answers',
    shortcuts: [{ key: 'h', alt: true }],
    enabled: (context) => roundOf(context)?.revealed === true,
    run: (context) => setRevealed(context, false),
  },
  {
    id: 'next-respondent',
    label: 'Next respondent',
    shortcuts: [{ key: 'n', alt: true }],
    enabled: (context) => context.respondentId !== null,
    run: (context) => {
      context.setView('answer');
      context.nextRespondent();
    },
  },
  {
    id: 'start-round',
    label: 'Start a new round…',
    shortcuts: [],
    enabled: () => true,
    run: (context) => context.openStartRound(),
  },
  {
    id: 'create-org-design',
    label: 'Create an organisation design…',
    shortcuts: [],
    enabled: (context) => roundOf(context)?.revealed === true && canOpenOrgDesigns(),
    run: (context) => context.openCreateOrgDesign(),
  },
  ...ASSESSMENT_VIEWS.map((view, index): AssessmentCommand => ({
    id: `show-${view}`,
    label: `Show ${VIEW_LABELS[view].toLowerCase()}`,
    shortcuts: [{ key: String(index + 1), alt: true }],
    enabled: () => true,
    run: (context) => context.setView(view),
  })),
];

export function commandById(id: string): AssessmentCommand {
  const command = ASSESSMENT_COMMANDS.find((candidate) => candidate.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyboardEvent): AssessmentCommand | undefined {
  return ASSESSMENT_COMMANDS.find((command) =>
    command.shortcuts.some(
      (shortcut) =>
        shortcut.key.toLowerCase() === event.key.toLowerCase() &&
        !!shortcut.alt === event.altKey &&
        !!shortcut.ctrl === (event.ctrlKey || event.metaKey) &&
        !!shortcut.shift === event.shiftKey,
    ),
  );
}

export function shortcutLabel(command: AssessmentCommand): string {
  const shortcut = command.shortcuts[0];
  if (!shortcut) return '';
  return [
    shortcut.ctrl && 'Ctrl',
    shortcut.alt && 'Alt',
    shortcut.shift && 'Shift',
    shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key,
  ]
    .filter(Boolean)
    .join('+');
}
