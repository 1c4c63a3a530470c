import { useId, useMemo } from 'react';
import { answerProgress, type AssessmentDoc, type Round } from '../../../shared/assessment';
import { useQuestionnaires } from '../questionnaireCatalogue';

/**
 * Before the reveal: how far each respondent has got, never what they answered, so nobody in
 * the room is swayed. The reveal button is in the toolbar (Alt+R).
 */
export function RevealPanel({ doc, round }: { doc: AssessmentDoc; round: Round }) {
  const id = useId();
  const catalogue = useQuestionnaires();
  const progress = useMemo(
    () => answerProgress(doc, round.id, catalogue),
    [doc, round.id, catalogue],
  );
  const started = progress.filter((entry) => entry.answered > 0);
  const finished = progress.filter((entry) => entry.answered === entry.total);
  return (
    <section className="panel reveal-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Answers are hidden</h2>
      <p>
        {round.label}: {started.length}{' '}
        {started.length === 1 ? 'respondent has' : 'respondents have'} started, {finished.length}{' '}
        finished. Reveal the answers when everyone is done: the room then sees them all at once.
      </p>
      {progress.length > 0 && (
        <ul className="progress-list" aria-label="Progress per respondent">
          {progress.map((entry, index) => {
            const name = entry.label ?? `Anonymous respondent ${index + 1}`;
            return (
              <li key={entry.respondentId}>
                <span className="progress-name">{name}</span>
                <progress
                  max={entry.total}
                  value={entry.answered}
                  aria-label={`${name}: ${entry.answered} of ${entry.total} answered`}
                />
                <span className="progress-count">
                  {entry.answered}/{entry.total}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
