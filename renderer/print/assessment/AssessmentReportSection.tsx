import {
  answerFigure,
  assessmentReadProblem,
  compareRounds,
  findItem,
  isDivided,
  questionnaireFor,
  roleGroupPillars,
  roleSplits,
  roundResult,
  roundTrends,
  shortNumber,
  type AssessmentDoc,
  type ItemAggregate,
  type QuestionnaireItem,
} from '../../../shared/assessment';
import { ChoiceTally } from '../../assessment/charts/ChoiceTally';
import { ItemDistribution } from '../../assessment/charts/ItemDistribution';
import { PillarRadar } from '../../assessment/charts/PillarRadar';
import { formatDay } from '../../assessment/formatDate';
import { DoraSection } from '../../assessment/result/DoraSection';
import { FitSection } from '../../assessment/result/FitSection';
import { MaturityTable } from '../../assessment/result/MaturitySection';
import { roleGroupSeries, roomSeries, seriesOf } from '../../assessment/result/pillarSeries';
import { ReadinessSection } from '../../assessment/result/ReadinessSection';
import { RoundComparisonTables } from '../../assessment/rounds/RoundComparisonTables';
import { DoraOverTime, RoundsTable } from '../../assessment/rounds/RoundTrendTables';
import type { ReportSectionProps } from '../ReportSection';
import { revealedRounds } from './reportedRounds';
import './assessmentReport.css';

/**
 * An assessment on paper, for the latest revealed round: the result with its reasons, pillar
 * maturity (radar and table), readiness gaps with next steps, DORA against the clusters, the
 * items that divided the room, every item's figures, and the rounds over time.
 */
export function AssessmentReportSection({ doc }: ReportSectionProps<AssessmentDoc>) {
  const problem = assessmentReadProblem(doc);
  if (problem)
    return <p className="report-note">This assessment cannot be printed here: {problem}</p>;
  const rounds = revealedRounds(doc);
  const round = rounds.at(-1);
  if (!round) {
    return (
      <p className="report-note">
        No round has been revealed yet: the result shows once the facilitator reveals the answers.
      </p>
    );
  }
  const questionnaire = questionnaireFor(round.questionnaireVersion);
  const { aggregate, result } = roundResult(doc, round.id);
  const groups = roleGroupPillars(questionnaire, aggregate);
  const divided = aggregate.byDisagreement.filter(isDivided);
  const previous = rounds.at(-2);
  const trends = roundTrends(doc).filter((trend) => rounds.some((r) => r.id === trend.roundId));
  return (
    <div className="assessment-report">
      <dl className="print-title-block">
        <div>
          <dt>Round</dt>
          <dd>
            {round.label}, started {formatDay(round.startedAt)}
          </dd>
        </div>
        <div>
          <dt>Respondents</dt>
          <dd>{aggregate.respondents}</dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd>
            {result.status === 'partial'
              ? `Partial: ${result.missing.length} of ${questionnaire.items.length} questions unanswered`
              : `All ${questionnaire.items.length} questions answered`}
          </dd>
        </div>
        <div>
          <dt>Agreed values</dt>
          <dd>
            {Object.keys(round.agreed).length} of {questionnaire.items.length} items; the figures
            use them in place of the median
          </dd>
        </div>
      </dl>
      <section className="print-block">
        <FitSection fit={result.fit} questionnaire={questionnaire} heading="h3" />
      </section>
      <section className="print-block">
        <h3>Pillar maturity</h3>
        <div className="report-charts">
          <PillarRadar title="Pillar maturity of the room" series={roomSeries(result.maturity)} />
          {groups.length > 1 && (
            <PillarRadar title="Pillar maturity by role group" series={roleGroupSeries(groups)} />
          )}
        </div>
        <MaturityTable maturity={result.maturity} />
      </section>
      {result.readiness.map((readiness) => (
        <section key={readiness.type} className="print-block">
          <ReadinessSection readiness={readiness} heading="h3" />
        </section>
      ))}
      <section className="print-block">
        <DoraSection dora={result.dora} questionnaire={questionnaire} heading="h3" />
      </section>
      <section>
        <h3>Where the room disagreed</h3>
        {divided.length === 0 ? (
          <p>No item divided the room.</p>
        ) : (
          divided.map((entry) => (
            <DividedItem
              key={entry.itemId}
              item={findItem(questionnaire, entry.itemId)!}
              aggregate={entry}
            />
          ))
        )}
      </section>
      <section>
        <h3>Every item</h3>
        <ItemTable items={aggregate.items} questionnaireVersion={round.questionnaireVersion} />
      </section>
      {trends.length > 1 && previous && (
        <section>
          <h3>Rounds over time</h3>
          <RoundsTable trends={trends} />
          <div className="report-charts print-block">
            <PillarRadar
              title="Pillar maturity by round (means)"
              series={trends.map((trend) => seriesOf(trend.label, trend.pillars, 'mean'))}
            />
          </div>
          <h4>DORA over time</h4>
          <DoraOverTime trends={trends} />
          <RoundComparisonTables
            doc={doc}
            comparison={compareRounds(doc, previous.id, round.id)}
            heading="h4"
          />
        </section>
      )}
    </div>
  );
}

function DividedItem({ item, aggregate }: { item: QuestionnaireItem; aggregate: ItemAggregate }) {
  const splits = roleSplits(item, aggregate);
  return (
    <div className="report-divided print-block">
      <h4>
        {item.title}{' '}
        <span className="report-small">
          consensus {Math.round((aggregate.consensus ?? 0) * 100)}&nbsp;%
          {aggregate.agreed ? ` · agreed ${answerFigure(item, aggregate.agreed.value)}` : ''}
        </span>
      </h4>
      {aggregate.kind === 'fit' ? (
        <ChoiceTally aggregate={aggregate} />
      ) : (
        <ItemDistribution item={item} aggregate={aggregate} />
      )}
      {splits.length > 0 && (
        <p className="report-small">
          {splits.map((split) => `${split.name} sees ${split.sees} (${split.n})`).join(' · ')}
        </p>
      )}
    </div>
  );
}

function ItemTable({
  items,
  questionnaireVersion,
}: {
  items: ItemAggregate[];
  questionnaireVersion: number;
}) {
  const questionnaire = questionnaireFor(questionnaireVersion);
  return (
    <table className="print-table report-item-table">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Answers</th>
          <th scope="col">Median / most chosen</th>
          <th scope="col">Middle half</th>
          <th scope="col">Consensus</th>
          <th scope="col">Agreed</th>
        </tr>
      </thead>
      <tbody>
        {items.map((entry) => {
          const item = findItem(questionnaire, entry.itemId)!;
          return (
            <tr key={entry.itemId}>
              <th scope="row">{item.title}</th>
              <td>{entry.n}</td>
              <td>
                {entry.kind === 'fit'
                  ? entry.modal.map((value) => answerFigure(item, value)).join(' / ') || '—'
                  : entry.summary
                    ? answerFigure(item, entry.summary.median)
                    : '—'}
              </td>
              <td>
                {entry.kind !== 'fit' && entry.summary
                  ? `${shortNumber(entry.summary.q1)}–${shortNumber(entry.summary.q3)}`
                  : '—'}
              </td>
              <td>
                {entry.consensus === null ? '—' : `${Math.round(entry.consensus * 100)}\u00a0%`}
                {isDivided(entry) ? ' · divided' : ''}
              </td>
              <td>{entry.agreed ? answerFigure(item, entry.agreed.value) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
