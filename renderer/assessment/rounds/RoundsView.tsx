import { useId, useMemo, useState } from 'react';
import {
  compareRounds,
  DORA_CAUTION,
  roundTrends,
  type AssessmentDoc,
} from '../../../shared/assessment';
import { PillarRadar } from '../charts/PillarRadar';
import { seriesOf } from '../result/pillarSeries';
import { RoundComparisonTables } from './RoundComparisonTables';
import { DoraOverTime, RoundsTable } from './RoundTrendTables';
import { useQuestionnaires } from '../questionnaireCatalogue';

/**
 * Rounds over time (a quarter apart is typical): every round's figures, the pillar radar with
 * one polygon per round, two rounds compared Better / Same / Worse, and DORA over time.
 */
export function RoundsView({ doc }: { doc: AssessmentDoc }) {
  const id = useId();
  const catalogue = useQuestionnaires();
  const trends = useMemo(() => roundTrends(doc, catalogue), [doc, catalogue]);
  const [chosen, setChosen] = useState<{ before?: string; after?: string }>({});
  const ids = doc.rounds.map((round) => round.id);
  const after = chosen.after && ids.includes(chosen.after) ? chosen.after : ids.at(-1)!;
  const before =
    chosen.before && ids.includes(chosen.before) ? chosen.before : (ids.at(-2) ?? ids[0]!);
  const comparison = useMemo(
    () => (ids.length > 1 ? compareRounds(doc, before, after, catalogue) : null),
    [doc, before, after, ids.length, catalogue],
  );

  return (
    <div className="rounds-view">
      <section className="panel" aria-labelledby={`${id}-rounds`}>
        <h2 id={`${id}-rounds`}>Rounds</h2>
        <RoundsTable trends={trends} />
        {ids.length === 1 && (
          <p className="muted">
            Repeat the assessment after a PDCA cycle — every quarter is typical — with “Start a new
            round” above: each round keeps its answers, and this page then compares them.
          </p>
        )}
      </section>
      <div className="result-columns">
        <section className="panel" aria-labelledby={`${id}-radar`}>
          <h2 id={`${id}-radar`}>Pillar maturity by round</h2>
          <PillarRadar
            title="Pillar maturity by round (means)"
            series={trends.map((trend) => seriesOf(trend.label, trend.pillars, 'mean'))}
          />
        </section>
        <section className="panel" aria-labelledby={`${id}-dora`}>
          <h2 id={`${id}-dora`}>DORA over time</h2>
          <DoraOverTime trends={trends} />
          <p className="dora-caution" role="note">
            {DORA_CAUTION}
          </p>
        </section>
      </div>
      {comparison && (
        <section className="panel" aria-labelledby={`${id}-compare`}>
          <h2 id={`${id}-compare`}>Compare rounds</h2>
          <div className="compare-pickers">
            <label className="field">
              <span>Earlier round</span>
              <select
                value={before}
                onChange={(event) =>
                  setChosen((current) => ({ ...current, before: event.target.value }))
                }
              >
                {doc.rounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Later round</span>
              <select
                value={after}
                onChange={(event) =>
                  setChosen((current) => ({ ...current, after: event.target.value }))
                }
              >
                {doc.rounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <RoundComparisonTables doc={doc} comparison={comparison} />
        </section>
      )}
    </div>
  );
}
