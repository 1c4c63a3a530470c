import {
  DORA_CLUSTER_NAMES,
  IMPLEMENTATION_TYPE_NAMES,
  shortNumber,
  type RoundTrend,
} from '../../../shared/assessment';
import { formatDay } from '../formatDate';
import '../result/result.css';

const figure = (value: number | null) => (value === null ? '—' : shortNumber(value));

/** Every round with its respondents, recommended type and margin. */
export function RoundsTable({ trends }: { trends: RoundTrend[] }) {
  return (
    <table className="figures-table rounds-table">
      <caption className="visually-hidden">Rounds</caption>
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col">Started</th>
          <th scope="col" className="number">
            Respondents
          </th>
          <th scope="col">Recommended type</th>
          <th scope="col" className="number">
            Margin
          </th>
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => (
          <tr key={trend.roundId}>
            <th scope="row">{trend.label}</th>
            <td>{formatDay(trend.startedAt)}</td>
            <td className="number">{trend.respondents}</td>
            <td>{trend.recommended ? IMPLEMENTATION_TYPE_NAMES[trend.recommended] : '—'}</td>
            <td className="number">{trend.recommended ? shortNumber(trend.margin) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** DORA over time: each round's Quick Check scores and the cluster it comes nearest. */
export function DoraOverTime({ trends }: { trends: RoundTrend[] }) {
  return (
    <table className="figures-table dora-trend-table">
      <caption className="visually-hidden">DORA scores by round</caption>
      <thead>
        <tr>
          <th scope="col">Round</th>
          <th scope="col" className="number">
            Overall
          </th>
          <th scope="col" className="number">
            Throughput
          </th>
          <th scope="col" className="number">
            Stability
          </th>
          <th scope="col">Nearest cluster</th>
        </tr>
      </thead>
      <tbody>
        {trends.map((trend) => (
          <tr key={trend.roundId}>
            <th scope="row">{trend.label}</th>
            <td className="number">{figure(trend.dora.overall)}</td>
            <td className="number">{figure(trend.dora.throughput)}</td>
            <td className="number">{figure(trend.dora.stability)}</td>
            <td>
              {trend.dora.nearestClusters
                .map((cluster) => DORA_CLUSTER_NAMES[cluster])
                .join(' / ') || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
