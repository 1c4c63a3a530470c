import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  assessmentReadProblem,
  currentRound,
  findRound,
  type AssessmentDoc,
} from '../../shared/assessment';
import { useDismissNotice, useNotify } from '../app/Notifications';
import { routeHref } from '../app/route';
import { SaveStatusBadge } from '../documents/SaveStatusBadge';
import { UndoButtons } from '../documents/UndoButtons';
import { useFocusRescue } from '../documents/useFocusRescue';
import { useDocumentValue } from '../documents/useDocument';
import { useUndoShortcuts } from '../documents/useUndoShortcuts';
import { PresenceList } from '../sync/PresenceList';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { usePresence } from '../sync/usePresence';
import { AssessmentExport } from './AssessmentExport';
import { AssessmentReadGuard } from './AssessmentReadGuard';
import {
  ASSESSMENT_VIEWS,
  commandById,
  commandForKey,
  shortcutLabel,
  VIEW_LABELS,
  type AssessmentCommandContext,
  type AssessmentView,
} from './assessmentCommands';
import { CreateOrgDesignDialog } from './result/CreateOrgDesignDialog';
import { canOpenOrgDesigns } from './result/createOrgDesign';
import { DetailsView } from './details/DetailsView';
import { FacilitateView } from './facilitate/FacilitateView';
import { AnswerView } from './respond/AnswerView';
import { useRespondentSession } from './respondentSession';
import { ResultView } from './result/ResultView';
import { RoundsView } from './rounds/RoundsView';
import { StartRoundDialog } from './rounds/StartRoundDialog';
import { UnreadableAssessment } from './UnreadableAssessment';
import './assessment.css';
import { useQuestionnaires } from './questionnaireCatalogue';
import { ViewTabs, viewPanelId, viewTabId } from '../documents/ViewTabs';

interface Props {
  handle: DocHandle<unknown>;
  workshopUrl: string;
}

/** The slot of the message that tells the room to hand the laptop on. */
const HAND_OVER = 'hand-over';

/**
 * The assessment editor: respondents answer, the facilitator reveals and discusses, the
 * result, rounds over time and details. A document this laptop cannot read opens as a screen
 * that says why, never as a broken editor.
 */
export function AssessmentEditor({ handle, workshopUrl }: Props) {
  const doc = useDocumentValue(handle as DocHandle<AssessmentDoc>);
  const catalogue = useQuestionnaires();
  const problem = useMemo(() => assessmentReadProblem(doc, catalogue), [doc, catalogue]);
  if (problem) return <UnreadableAssessment reason={problem} workshopUrl={workshopUrl} />;
  return (
    <AssessmentReadGuard doc={doc} workshopUrl={workshopUrl}>
      <AssessmentWorkspace
        handle={handle as DocHandle<AssessmentDoc>}
        doc={doc}
        workshopUrl={workshopUrl}
      />
    </AssessmentReadGuard>
  );
}

type Dialog = 'start-round' | 'org-design' | null;

function AssessmentWorkspace(props: {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  workshopUrl: string;
}) {
  const { handle, doc, workshopUrl } = props;
  const untyped = handle as DocHandle<unknown>;
  const notify = useNotify();
  const dismissNotice = useDismissNotice();
  const [view, setView] = useState<AssessmentView>('answer');
  // null follows the current round, so a round started on another laptop shows here too.
  const [chosenRoundId, setChosenRoundId] = useState<string | null>(null);
  const round = (chosenRoundId && findRound(doc, chosenRoundId)) || currentRound(doc);
  const [sessionRespondentId, setRespondentId] = useRespondentSession(handle.url);
  const respondent =
    sessionRespondentId && Object.hasOwn(doc.respondents, sessionRespondentId)
      ? doc.respondents[sessionRespondentId]!
      : null;
  const [dialog, setDialog] = useState<Dialog>(null);
  const peers = usePresence(untyped, null);
  useUndoShortcuts(untyped);
  const { panel, remember, forget } = useScrollPerView(view);
  // Hiding the answers, Undo with nothing left: focus goes to the view's commands, else its tab.
  useFocusRescue(
    () =>
      document.querySelector<HTMLElement>('.assessment-toolbar .toolbar button:not(:disabled)') ??
      document.querySelector<HTMLElement>('.assessment-tabs [aria-selected="true"]'),
  );

  useEffect(() => {
    document.title = `Obeya — ${doc.title}`;
  }, [doc.title]);

  const chooseRound = useCallback(
    (roundId: string) => setChosenRoundId(roundId === currentRound(doc).id ? null : roundId),
    [doc],
  );

  const [handedOver, setHandedOver] = useState(false);
  const nextRespondent = useCallback(() => {
    setRespondentId(null);
    setHandedOver(true);
    document.querySelector('.assessment-panel')?.scrollTo(0, 0);
    notify({
      tone: 'info',
      message: 'Answers saved. Hand the laptop to the next respondent.',
      slot: HAND_OVER,
    });
  }, [setRespondentId, notify]);
  // The hand-over is for whoever answers next: gone once the laptop turns to another view.
  useEffect(() => {
    if (view !== 'answer') dismissNotice(HAND_OVER);
  }, [view, dismissNotice]);

  const context: AssessmentCommandContext = {
    handle,
    doc,
    roundId: round.id,
    respondentId: respondent?.id ?? null,
    setView,
    nextRespondent,
    openStartRound: () => setDialog('start-round'),
    openCreateOrgDesign: () => setDialog('org-design'),
    report: (message) => notify({ tone: 'error', message }),
  };
  const contextRef = useRef(context);
  contextRef.current = context;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command || !command.enabled(contextRef.current)) return;
      event.preventDefault();
      command.run(contextRef.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const run = (id: string) => {
    const command = commandById(id);
    if (command.enabled(context)) command.run(context);
  };
  const commandButton = (id: string, className?: string) => {
    const command = commandById(id);
    const shortcut = shortcutLabel(command);
    return (
      <button
        type="button"
        className={className}
        disabled={!command.enabled(context)}
        onClick={() => run(id)}
        title={shortcut ? `${command.label} (${shortcut})` : command.label}
        aria-keyshortcuts={shortcut || undefined}
      >
        {command.label}
      </button>
    );
  };

  const latest = currentRound(doc);
  return (
    <div className="page assessment-editor">
      <header className="topbar">
        <a className="back-link" href={routeHref({ name: 'workshop', workshopUrl })}>
          ← Workshop
        </a>
        <h1 className="assessment-title">
          <span className="round-badge" title={latest.label}>
            {latest.label}
          </span>{' '}
          <span className="assessment-title-text" title={doc.title}>
            {doc.title}
          </span>
        </h1>
        <div className="topbar-actions">
          <PresenceList peers={peers} max={3} />
          <SyncStatusBadge peopleHere={peers.length + 1} />
          <SaveStatusBadge />
          <UndoButtons handle={untyped} />
          <AssessmentExport workshopUrl={workshopUrl} documentUrl={handle.url} title={doc.title} />
        </div>
      </header>
      <main className="assessment-main">
        <div className="assessment-toolbar">
          <ViewTabs
            label="Views of this assessment"
            className="assessment-tabs"
            idPrefix="assessment-"
            views={ASSESSMENT_VIEWS}
            current={view}
            onChoose={setView}
          >
            {(name) => VIEW_LABELS[name]}
          </ViewTabs>
          <div className="toolbar">
            {(view === 'facilitate' || view === 'result') && doc.rounds.length > 1 && (
              <label className="round-select">
                <span>Round</span>
                <select value={round.id} onChange={(event) => chooseRound(event.target.value)}>
                  {doc.rounds.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {view === 'answer' && commandButton('next-respondent')}
            {(view === 'facilitate' || view === 'result') &&
              (round.revealed
                ? commandButton('hide-answers')
                : commandButton('reveal-answers', 'primary'))}
            {view === 'result' && canOpenOrgDesigns() && commandButton('create-org-design')}
            {view === 'rounds' && commandButton('start-round', 'primary')}
          </div>
        </div>
        <div className="assessment-panel" ref={panel} onScroll={remember}>
          <div
            role="tabpanel"
            id={viewPanelId('assessment-', view)}
            aria-labelledby={viewTabId('assessment-', view)}
          >
            {view === 'answer' && (
              <AnswerView
                handle={handle}
                doc={doc}
                respondent={respondent}
                handedOver={handedOver}
                onChooseRespondent={setRespondentId}
              />
            )}
            {view === 'facilitate' && <FacilitateView handle={handle} doc={doc} round={round} />}
            {view === 'result' && (
              <ResultView
                doc={doc}
                round={round}
                onReveal={() => run('reveal-answers')}
                onCreateOrgDesign={canOpenOrgDesigns() ? () => run('create-org-design') : undefined}
              />
            )}
            {view === 'rounds' && <RoundsView doc={doc} />}
            {view === 'details' && <DetailsView handle={handle} doc={doc} />}
          </div>
        </div>
      </main>
      {dialog === 'start-round' && (
        <StartRoundDialog
          handle={handle}
          doc={doc}
          onClose={() => setDialog(null)}
          onStarted={() => {
            setDialog(null);
            setChosenRoundId(null);
            // The new round's questionnaire starts at its top.
            forget('answer');
            setView('answer');
          }}
        />
      )}
      {dialog === 'org-design' && (
        <CreateOrgDesignDialog
          doc={doc}
          round={round}
          workshopUrl={workshopUrl}
          assessmentUrl={handle.url}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

/**
 * The views share one scrolling panel: each opens at its top the first time, and where it was
 * left when the facilitator comes back to it — the result never opens halfway down because
 * the item cards were scrolled.
 */
function useScrollPerView(view: AssessmentView) {
  const panel = useRef<HTMLDivElement>(null);
  const scrollOf = useRef(new Map<AssessmentView, number>());
  const shown = useRef(view);
  useLayoutEffect(() => {
    shown.current = view;
    if (panel.current) panel.current.scrollTop = scrollOf.current.get(view) ?? 0;
  }, [view]);
  const remember = useCallback(() => {
    if (panel.current) scrollOf.current.set(shown.current, panel.current.scrollTop);
  }, []);
  const forget = useCallback((of: AssessmentView) => scrollOf.current.delete(of), []);
  return { panel, remember, forget };
}
