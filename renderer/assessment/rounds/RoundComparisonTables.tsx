import {
  answerFigure,
  findItem,
  questionnaireFor,
  shortNumber,
  type AnswerValue,
  type AssessmentDoc,
  type FigureComparison,
  type ImplementationType,
  type RoundComparison,
  IMPLEMENTATION_TYPE_NAMES,
} from '../../../shared/assessment';
import { TrendWord } from './TrendWord';
import '../result/result.css';
import { useQuestionnaires } from '../questionnaireCatalogue';

type Heading = 'h3' | 'h4';

const figure = (value: number | null) => (value === null ? '—' : shortNumber(value));

function FigureCells({ comparison }: { comparison: FigureComparison }) {
  return (
    <>
      <td className="number">{figure(comparison.before)}</td>
      <td className="number">{figure(comparison.after)}</td>
      <td>
        <TrendWord trend={comparison.trend} />
      </td>
    </>
  );
}

/**
 * Two rounds side by side: the recommended type, each pillar (mean and weakest), DORA's scores
 * and every item, each Better / Same / Worse as shown on screen.
 */
export function RoundComparisonTables({
  doc,
  comparison,
  heading: Heading = 'h3',
}: {
  doc: AssessmentDoc;
  comparison: RoundComparison;
  heading?: Heading;
}) {
  const { before, after } = comparison;
  const catalogue = useQuestionnaires();
  const questionnaires = [before, after].map((side) =>
    questionnaireFor(
      doc.rounds.find((round) => round.id === side.roundId)!.questionnaireVersion,
      catalogue,
    ),
  );
  const itemValue = (
    itemId: string,
    value: AnswerValue | null,
    tie: AnswerValue[],
    side: 0 | 1,
  ) => {
    const item = findItem(questionnaires[side]!, itemId);
    const figure = (answer: AnswerValue) => (item ? answerFigure(item, answer) : String(answer));
    if (value !== null) return figure(value);
    return tie.length > 0 ? `Tied: ${tie.map(figure).join(' / ')}` : '—';
  };
  const { fit } = comparison;
  const recommendedIn = (
    type: ImplementationType | null,
    tied: ImplementationType[],
    label: string,
  ) =>
    type
      ? `${IMPLEMENTATION_TYPE_NAMES[type]} in ${label}`
      : tied.length > 1
        ? `a tie between ${tied.map((tiedType) => IMPLEMENTATION_TYPE_NAMES[tiedType]).join(' and ')} in ${label}`
        : `none yet in ${label}, where no fit question has been answered`;
  // Without a recommendation on both sides there is nothing to call changed or unchanged.
  const comparable = fit.before !== null && fit.after !== null;
  return (
    <>
      <p>
        Recommended type: {recommendedIn(fit.before, fit.beforeTied, before.label)}
        {comparable ? ', ' : '; '}
        {recommendedIn(fit.after, fit.afterTied, after.label)}
        {comparable ? (fit.changed ? ' — it changed.' : ' — unchanged.') : ' — not comparable.'}
      </p>
      <Heading>Pillars</Heading>
      <table className="figures-table comparison-table">
        <caption className="visually-hidden">
          Pillar maturity, {before.label} against {after.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col" className="number">
              Mean {before.label}
            </th>
            <th scope="col" className="number">
              Mean {after.label}
            </th>
            <th scope="col">Mean</th>
            <th scope="col" className="number">
              Weakest {before.label}
            </th>
            <th scope="col" className="number">
              Weakest {after.label}
            </th>
            <th scope="col">Weakest</th>
          </tr>
        </thead>
        <tbody>
          {comparison.pillars.map((pillar) => (
            <tr key={pillar.pillar}>
              <th scope="row">{pillar.name}</th>
              <FigureCells comparison={pillar.mean} />
              <FigureCells comparison={pillar.weakest} />
            </tr>
          ))}
        </tbody>
      </table>
      <Heading>DORA scores (0–10)</Heading>
      <table className="figures-table comparison-table">
        <caption className="visually-hidden">
          DORA scores, {before.label} against {after.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" className="number">
              {before.label}
            </th>
            <th scope="col" className="number">
              {after.label}
            </th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {comparison.dora.metrics.map((metric) => (
            <tr key={metric.metric}>
              <th scope="row">{metric.title}</th>
              <FigureCells comparison={metric} />
            </tr>
          ))}
          <tr className="total-row">
            <th scope="row">Overall</th>
            <FigureCells comparison={comparison.dora.overall} />
          </tr>
        </tbody>
      </table>
      <Heading>Items</Heading>
      <table className="figures-table comparison-table items-comparison">
        <caption className="visually-hidden">
          Each item, {before.label} against {after.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">{before.label}</th>
            <th scope="col">{after.label}</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {comparison.items.map((item) => (
            <tr key={item.itemId}>
              <th scope="row">{item.title}</th>
              <td>{itemValue(item.itemId, item.before, item.beforeTie, 0)}</td>
              <td>{itemValue(item.itemId, item.after, item.afterTie, 1)}</td>
              <td>
                <TrendWord trend={item.trend} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
