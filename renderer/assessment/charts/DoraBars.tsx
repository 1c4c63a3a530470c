import { scaleLinear } from 'd3';
import { useId } from 'react';
import { shortNumber, type DoraItem } from '../../../shared/assessment';
import { doraClusterMarks } from './doraClusterMarks';
import './charts.css';

export interface DoraBar {
  item: DoraItem;
  /** Quick Check score 0–10; null when unanswered. */
  score: number | null;
}

const WIDTH = 680;
const LABEL_WIDTH = 240;
const TRACK_END = WIDTH - 70;
const ROW = 58;
const TRACK = 16;

/**
 * DORA's metrics as Quick Check scores (0–10, higher is better) against where the 2024
 * performance clusters sit on each: the clusters' initials mark their bands under each bar.
 */
export function DoraBars({ bars }: { bars: DoraBar[] }) {
  const id = useId();
  const x = scaleLinear().domain([0, 10]).range([LABEL_WIDTH, TRACK_END]);
  const height = bars.length * ROW + 30;
  const summary = bars
    .map(
      (bar) => `${bar.item.title} ${bar.score === null ? 'not answered' : shortNumber(bar.score)}`,
    )
    .join(', ');
  return (
    <figure className="chart dora-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{`DORA scores out of 10: ${summary}`}</title>
        {[0, 2, 4, 6, 8, 10].map((tick) => (
          <g key={tick} className="dora-tick">
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={bars.length * ROW} />
            <text x={x(tick)} y={bars.length * ROW + 16} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const y = index * ROW + 6;
          const marks = doraClusterMarks(bar.item);
          return (
            <g key={bar.item.id} className="dora-row">
              <text className="dora-metric" x={LABEL_WIDTH - 10} y={y + TRACK - 3} textAnchor="end">
                {bar.item.title}
              </text>
              <rect className="dora-track" x={x(0)} y={y} width={x(10) - x(0)} height={TRACK} />
              {bar.score !== null && (
                <rect
                  className="dora-value"
                  x={x(0)}
                  y={y}
                  width={Math.max(2, x(bar.score) - x(0))}
                  height={TRACK}
                />
              )}
              <text className="dora-score" x={TRACK_END + 8} y={y + TRACK - 3}>
                {bar.score === null ? '—' : shortNumber(bar.score)}
              </text>
              {marks.length === 0 ? (
                <text className="dora-cluster-note" x={x(0)} y={y + TRACK + 18}>
                  No 2024 cluster describes rework
                </text>
              ) : (
                marks.map((mark) => (
                  <g key={mark.label} className="dora-cluster">
                    <title>{mark.names}</title>
                    <line x1={x(mark.from)} x2={x(mark.to)} y1={y + TRACK + 4} y2={y + TRACK + 4} />
                    <line
                      x1={x(mark.from)}
                      x2={x(mark.from)}
                      y1={y + TRACK + 1}
                      y2={y + TRACK + 7}
                    />
                    <line x1={x(mark.to)} x2={x(mark.to)} y1={y + TRACK + 1} y2={y + TRACK + 7} />
                    <text
                      x={(x(mark.from) + x(mark.to)) / 2}
                      y={y + TRACK + 20}
                      textAnchor="middle"
                    >
                      {mark.label}
                    </text>
                  </g>
                ))
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-key">
        Score 0–10 as DORA’s Quick Check scores it; under each bar, where DORA’s 2024 clusters sit:
        E Elite, H High, M Medium, L Low.
      </figcaption>
    </figure>
  );
}
