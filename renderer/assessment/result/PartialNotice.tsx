import type { AssessmentResult, Questionnaire } from '../../../shared/assessment';
import './result.css';

const quoted = (entries: { title: string }[]) =>
  entries.map((entry) => `“${entry.title}”`).join(', ');

/**
 * The one notice that a result is partial: how many questions nobody answered, named once each
 * by section, with what a gap means for that section's figures.
 */
export function PartialNotice({
  result,
  questionnaire,
}: {
  result: AssessmentResult;
  questionnaire: Questionnaire;
}) {
  const { fit, maturity, dora } = result;
  return (
    <div className="panel result-partial-banner">
      <p>
        <strong>Partial result.</strong> {result.missing.length} of {questionnaire.items.length}{' '}
        questions have no answer yet.
      </p>
      <ul>
        {fit.missing.length > 0 && (
          <li>
            Type fit: {quoted(fit.missing)}
            {fit.status === 'partial'
              ? `; the recommendation may change once ${fit.missing.length === 1 ? 'it is' : 'they are'} answered.`
              : '.'}
          </li>
        )}
        {maturity.missing.length > 0 && <li>Pillar maturity: {quoted(maturity.missing)}.</li>}
        {dora.missing.length > 0 && (
          <li>
            Delivery performance: {quoted(dora.missing)}
            {dora.status === 'partial'
              ? '; DORA’s overall score is the mean of the metrics answered.'
              : '.'}
          </li>
        )}
      </ul>
    </div>
  );
}
