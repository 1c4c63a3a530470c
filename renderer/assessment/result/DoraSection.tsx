import {
  DORA_CLUSTER_NAMES,
  doraItems,
  shortNumber,
  type DoraResult,
  type Questionnaire,
} from '../../../shared/assessment';
import { DoraBars } from '../charts/DoraBars';
import './result.css';

/**
 * DORA's five metrics as the Quick Check scores them, against the 2024 performance clusters,
 * with DORA's own caution beside them: a conversation starter, not a ranking.
 */
export function DoraSection({
  dora,
  questionnaire,
  heading: Heading = 'h2',
  partialNotice = true,
}: {
  dora: DoraResult;
  questionnaire: Questionnaire;
  heading?: 'h2' | 'h3';
  /** False where one notice for the whole result already names the unanswered metrics. */
  partialNotice?: boolean;
}) {
  const items = doraItems(questionnaire);
  const bars = items.map((item) => ({
    item,
    score: dora.metrics.find((metric) => metric.itemId === item.id)?.score ?? null,
  }));
  const figure = (value: number | null) => (value === null ? '—' : shortNumber(value));
  return (
    <>
      <Heading>Delivery performance (DORA)</Heading>
      <p className="dora-caution" role="note">
        {dora.caution}
      </p>
      <dl className="key-figures">
        <div>
          <dt>Overall score</dt>
          <dd>{figure(dora.overall)} / 10</dd>
        </div>
        <div>
          <dt>Throughput</dt>
          <dd>{figure(dora.throughput)} / 10</dd>
        </div>
        <div>
          <dt>Stability</dt>
          <dd>{figure(dora.stability)} / 10</dd>
        </div>
        <div>
          <dt>Nearest {dora.clustersYear} cluster</dt>
          <dd>
            {dora.placement
              ? dora.placement.nearest.map((cluster) => DORA_CLUSTER_NAMES[cluster]).join(' / ')
              : '—'}
          </dd>
        </div>
      </dl>
      <DoraBars bars={bars} />
      {partialNotice && dora.status === 'partial' && (
        <p className="result-partial">
          <strong>Partial:</strong> nobody answered{' '}
          {dora.missing.map((entry) => `“${entry.title}”`).join(', ')}; the overall score is the
          mean of the metrics answered.
        </p>
      )}
    </>
  );
}
