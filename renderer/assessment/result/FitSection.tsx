import {
  IMPLEMENTATION_TYPE_NAMES,
  shortNumber,
  type FitResult,
  type Questionnaire,
} from '../../../shared/assessment';
import { FitBars } from '../charts/FitBars';
import { maxFitScore } from './maxFitScore';
import './result.css';

type Heading = 'h2' | 'h3';

/**
 * Which way to implement DevOps fits: the recommendation in a sentence (runner-up, margin),
 * the bars, and the answers that drove it; a tie or a partial answer said plainly.
 */
export function FitSection({
  fit,
  questionnaire,
  heading: Heading = 'h2',
  partialNotice = true,
}: {
  fit: FitResult;
  questionnaire: Questionnaire;
  heading?: Heading;
  /** False where one notice for the whole result already names the unanswered questions. */
  partialNotice?: boolean;
}) {
  return (
    <>
      <Heading>Which way to implement DevOps fits</Heading>
      <p className="result-headline">{fitSentence(fit)}</p>
      {partialNotice && fit.status === 'partial' && (
        <p className="result-partial">
          <strong>Partial:</strong> nobody answered{' '}
          {fit.missing.map((entry) => `“${entry.title}”`).join(', ')}; the recommendation may change
          once {fit.missing.length === 1 ? 'it is' : 'they are'} answered.
        </p>
      )}
      {fit.status !== 'unanswered' && <FitBars fit={fit} maxScore={maxFitScore(questionnaire)} />}
      {fit.drivers.length > 0 && (
        <>
          <p className="result-subhead">What drove it</p>
          <ul className="driver-list">
            {fit.drivers.map((driver) => (
              <li key={driver.itemId}>
                <strong>{driver.title}:</strong> {driver.answer}{' '}
                <span className="muted">
                  (+{shortNumber(driver.lead)} for {IMPLEMENTATION_TYPE_NAMES[fit.recommended!]}{' '}
                  over {IMPLEMENTATION_TYPE_NAMES[fit.runnerUp!]})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "Recommended: Collaboration, 3 points ahead of the runner-up, Toyota way." */
export function fitSentence(fit: FitResult): string {
  if (fit.status === 'unanswered') return 'No fit question is answered yet.';
  if (!fit.recommended) {
    const names = fit.tiedTypes.map((type) => IMPLEMENTATION_TYPE_NAMES[type]).join(' and ');
    return `${names} are tied: settle the divided fit questions in the room to decide.`;
  }
  const points = shortNumber(fit.margin);
  return `Recommended: ${IMPLEMENTATION_TYPE_NAMES[fit.recommended]}, ${points} ${fit.margin === 1 ? 'point' : 'points'} ahead of the runner-up, ${IMPLEMENTATION_TYPE_NAMES[fit.runnerUp!]}.`;
}
