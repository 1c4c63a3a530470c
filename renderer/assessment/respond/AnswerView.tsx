import type { DocHandle } from '@automerge/automerge-repo/slim';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import {
  answerItem,
  currentAnswers,
  currentRound,
  questionnaireFor,
  restoreRespondent,
  ROLE_GROUP_NAMES,
  type AnswerValue,
  type AssessmentDoc,
  type Respondent,
} from '../../../shared/assessment';
import { randomUuid } from '../../../shared/randomUuid';
import { useDeviceIdentity } from '../../sync/useDeviceIdentity';
import { tryAssessmentChange } from '../tryAssessmentChange';
import { ItemField } from './ItemField';
import { questionnaireSections } from './questionnaireSections';
import { RespondentPicker } from './RespondentPicker';
import { useQuestionnaires } from '../questionnaireCatalogue';

/** Stands in for this device's id until it is read from storage (a fraction of a second). */
const SESSION_DEVICE_ID = `session-${randomUuid()}`;

interface Props {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  respondent: Respondent | null;
  /** Whether this laptop was handed to the next respondent: then nobody's name is suggested. */
  handedOver: boolean;
  onChooseRespondent: (respondentId: string | null) => void;
}

/**
 * The respondent's view: who is answering, then the current round's questionnaire with this
 * respondent's own answers only — nobody else's show here, revealed or not.
 */
export function AnswerView({ handle, doc, respondent, handedOver, onChooseRespondent }: Props) {
  if (!respondent) {
    return (
      <RespondentPicker
        handle={handle}
        doc={doc}
        suggestName={!handedOver}
        onChosen={onChooseRespondent}
      />
    );
  }
  if (respondent.removed) {
    return (
      <section className="panel" aria-labelledby="taken-out-heading">
        <h2 id="taken-out-heading">You were taken out of this assessment</h2>
        <p>
          The facilitator took this respondent out of the results; the answers given are kept. Ask
          the facilitator, or answer as someone new.
        </p>
        <div className="form-actions">
          <button
            type="button"
            onClick={() =>
              tryAssessmentChange(handle, (draft) => restoreRespondent(draft, respondent.id))
            }
          >
            Put me back in
          </button>
          <button type="button" className="primary" onClick={() => onChooseRespondent(null)}>
            Answer as someone new
          </button>
        </div>
      </section>
    );
  }
  return <Questionnaire handle={handle} doc={doc} respondent={respondent} />;
}

function Questionnaire({
  handle,
  doc,
  respondent,
}: {
  handle: DocHandle<AssessmentDoc>;
  doc: AssessmentDoc;
  respondent: Respondent;
}) {
  const device = useDeviceIdentity();
  const round = currentRound(doc);
  const catalogue = useQuestionnaires();
  const questionnaire = questionnaireFor(round.questionnaireVersion, catalogue);
  const sections = useMemo(() => questionnaireSections(questionnaire), [questionnaire]);
  // Answer lists only grow, and Automerge hands out a new list only when this one changed.
  const answers = useMemo(
    () => currentAnswers(respondent, round.id),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [respondent.answers, round.id],
  );
  const answered = answers.size;
  const total = questionnaire.items.length;

  const latest = useRef({
    roundId: round.id,
    respondentId: respondent.id,
    deviceId: device?.id,
    catalogue,
  });
  latest.current = {
    roundId: round.id,
    respondentId: respondent.id,
    deviceId: device?.id,
    catalogue,
  };
  const onAnswer = useCallback(
    (itemId: string, value: AnswerValue | null) => {
      const { roundId, respondentId, deviceId, catalogue: known } = latest.current;
      // Read outside the change: finding the current answer there costs next to nothing.
      const before = handle.doc();
      return tryAssessmentChange(
        handle,
        (draft) =>
          answerItem(
            draft,
            { roundId, respondentId, itemId, value },
            { now: Date.now(), deviceId: deviceId ?? SESSION_DEVICE_ID, catalogue: known, before },
          ),
        `answer:${itemId}`,
      );
    },
    [handle],
  );

  const status = useStatusKeepsClear();
  const who =
    respondent.identity === 'anonymous'
      ? 'anonymously'
      : `as ${respondent.name}${respondent.identity === 'alias' ? ' (alias)' : ''}`;
  return (
    <div className="answer-view">
      <div className="answer-status panel" ref={status}>
        <div className="answer-status-line">
          <p>
            Answering <strong>{who}</strong>
            {respondent.roleGroup ? ` for ${ROLE_GROUP_NAMES[respondent.roleGroup]}` : ''} ·{' '}
            {round.label}
          </p>
          <div className="answer-progress">
            <progress
              max={total}
              value={answered}
              aria-label="Questions answered"
              aria-valuetext={`${answered} of ${total} answered`}
            />
            <span>
              {answered} of {total} answered
            </span>
          </div>
        </div>
        <nav aria-label="Sections of the questionnaire">
          <ul className="section-links">
            {sections.map((section) => {
              const done = section.items.filter(({ item }) => answers.has(item.id)).length;
              return (
                <li key={section.id}>
                  <a
                    href={`#answer-${section.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(`answer-${section.id}`)?.scrollIntoView();
                      document.getElementById(`answer-${section.id}-heading`)?.focus();
                    }}
                  >
                    {section.title}{' '}
                    <span className="muted">
                      {done}/{section.items.length}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
      <p className="muted answer-hint">
        {round.revealed
          ? 'The facilitator has revealed this round’s answers: changes you make show to the room at once.'
          : 'Your answers stay hidden from the room until the facilitator reveals them. You may leave questions out and come back later.'}{' '}
        Arrow keys choose an answer, Tab moves to the next question, Delete clears an answer.
      </p>
      {sections.map((section) => (
        <section
          key={section.id}
          id={`answer-${section.id}`}
          className="panel question-section"
          aria-labelledby={`answer-${section.id}-heading`}
        >
          <h2 id={`answer-${section.id}-heading`} tabIndex={-1}>
            {section.title}
          </h2>
          <p className="muted">{section.intro}</p>
          {section.items.map(({ item, number }) => (
            <ItemField
              key={item.id}
              item={item}
              number={number}
              value={answers.get(item.id)?.value ?? undefined}
              onAnswer={onAnswer}
            />
          ))}
        </section>
      ))}
      <section className="panel answer-done" aria-labelledby="answer-done-heading">
        <h2 id="answer-done-heading">
          {answered === total ? 'All questions answered' : `${total - answered} questions left`}
        </h2>
        <p>
          Every answer is saved as you give it. On a shared laptop, choose “Next respondent” at the
          top (Alt+N) so the next person starts afresh without seeing these answers.
        </p>
      </section>
    </div>
  );
}

/**
 * The answering status stays on top of the questions while they scroll; whatever is scrolled to
 * — a section from its link, a question reached with Shift+Tab — lands below it, not under it,
 * however many lines the status takes on this screen.
 */
function useStatusKeepsClear() {
  const status = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = status.current;
    const panel = element?.closest<HTMLElement>('.assessment-panel');
    if (!element || !panel) return;
    const observer = new ResizeObserver(() => {
      panel.style.scrollPaddingTop = `${element.offsetHeight}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      panel.style.scrollPaddingTop = '';
    };
  }, []);
  return status;
}
