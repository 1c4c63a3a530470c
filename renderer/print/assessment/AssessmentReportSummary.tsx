import {
  assessmentReadProblem,
  DORA_CLUSTER_NAMES,
  roundResult,
  shortNumber,
  type AssessmentDoc,
} from '../../../shared/assessment';
import { fitSentence } from '../../assessment/result/FitSection';
import type { ReportSectionProps } from '../ReportSection';
import { revealedRounds } from './reportedRounds';

/** An assessment in a paragraph and its key figures, for the workshop report's summary. */
export function AssessmentReportSummary({ doc }: ReportSectionProps<AssessmentDoc>) {
  const problem = assessmentReadProblem(doc);
  if (problem) return <p className="report-note">Not printed on this laptop: {problem}</p>;
  const round = revealedRounds(doc).at(-1);
  if (!round) {
    return (
      <p className="report-note">
        No round has been revealed yet: the result shows once the facilitator reveals the answers.
      </p>
    );
  }
  const { aggregate, result } = roundResult(doc, round.id);
  const weakest = result.maturity.pillars
    .filter((pillar) => pillar.weakest !== null)
    .sort((a, b) => a.weakest! - b.weakest!)[0];
  const figure = (value: number | null) => (value === null ? '—' : shortNumber(value));
  return (
    <>
      <p>
        {`${round.label}, ${aggregate.respondents} ${aggregate.respondents === 1 ? 'respondent' : 'respondents'}${result.status === 'partial' ? ', partial' : ''}. `}
        {fitSentence(result.fit)}
        {weakest
          ? ` Weakest pillar: ${weakest.name} (weakest component ${figure(weakest.weakest)}).`
          : ''}
        {result.readiness[0] && result.readiness[0].gaps.length > 0
          ? ` ${result.readiness[0].gaps.length} readiness ${result.readiness[0].gaps.length === 1 ? 'gap' : 'gaps'} for ${result.readiness[0].typeName}.`
          : ''}
      </p>
      <dl className="report-key-figures">
        {result.maturity.pillars.map((pillar) => (
          <div key={pillar.pillar}>
            <dt>{pillar.name}</dt>
            <dd>
              {figure(pillar.mean)} (weakest {figure(pillar.weakest)})
            </dd>
          </div>
        ))}
        <div>
          <dt>DORA overall</dt>
          <dd>{figure(result.dora.overall)} / 10</dd>
        </div>
        <div>
          <dt>Nearest cluster</dt>
          <dd>
            {result.dora.placement?.nearest
              .map((cluster) => DORA_CLUSTER_NAMES[cluster])
              .join(' / ') ?? '—'}
          </dd>
        </div>
      </dl>
    </>
  );
}
