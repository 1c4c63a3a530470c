import { scaleLinear } from 'd3';
import { memo } from 'react';
import {
  answerFigure,
  shortNumber,
  type NumericItemAggregate,
  type QuestionnaireItem,
} from '../../../shared/assessment';
import './charts.css';

const WIDTH = 340;
const PAD = 18;
const BASELINE = 58;
const STACK_HEIGHT = 40;
const MAX_DOT = 12;

/**
 * One item's answers on its scale: a dot per respondent stacked over the value they gave, the
 * count above each stack, the interquartile range as a band with the median as a bar across
 * it, under the axis, and the agreed value, if recorded, as a green diamond on the axis (the
 * item's card says it in words).
 */
export const ItemDistribution = memo(function ItemDistribution({
  item,
  aggregate,
}: {
  item: QuestionnaireItem;
  aggregate: NumericItemAggregate;
}) {
  const { scale, summary, dots, agreed } = aggregate;
  const x = scaleLinear()
    .domain([scale.min, scale.max])
    .range([PAD, WIDTH - PAD]);
  const steps =
    scale.max - scale.min <= 10
      ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i)
      : [0, 20, 40, 60, 80, 100];
  const most = Math.max(1, ...dots.map((dot) => dot.count));
  const dot = Math.min(MAX_DOT, (STACK_HEIGHT - 2) / most);
  const label = summary
    ? `${item.title}: ${dots.map((d) => `${answerFigure(item, d.value)} given ${d.count} ${d.count === 1 ? 'time' : 'times'}`).join(', ')}; median ${shortNumber(summary.median)}, middle half ${shortNumber(summary.q1)} to ${shortNumber(summary.q3)}${agreed ? `; agreed ${answerFigure(item, agreed.value)}` : ''}`
    : `${item.title}: no answers yet`;
  return (
    <svg
      className="chart distribution-chart"
      viewBox={`0 0 ${WIDTH} ${BASELINE + 56}`}
      width={WIDTH}
      height={BASELINE + 56}
      role="img"
      aria-label={label}
    >
      <line className="axis" x1={PAD} x2={WIDTH - PAD} y1={BASELINE} y2={BASELINE} />
      {steps.map((step) => (
        <g key={step} className="axis-tick">
          <line x1={x(step)} x2={x(step)} y1={BASELINE} y2={BASELINE + 4} />
          <text x={x(step)} y={BASELINE + 17} textAnchor="middle">
            {step}
          </text>
        </g>
      ))}
      {summary && (
        <g className="spread">
          <rect
            className="iqr-band"
            x={x(summary.q1) - 3}
            y={BASELINE + 26}
            width={Math.max(6, x(summary.q3) - x(summary.q1) + 6)}
            height={8}
            rx={4}
          />
          <rect
            className="median-mark"
            x={x(summary.median) - 1.5}
            y={BASELINE + 23}
            width={3}
            height={14}
          />
          <text className="spread-label" x={WIDTH - PAD} y={BASELINE + 52} textAnchor="end">
            {`median ${shortNumber(summary.median)} · middle half ${shortNumber(summary.q1)}–${shortNumber(summary.q3)}`}
          </text>
        </g>
      )}
      {dots.map((entry) => {
        const cx = x(Number(entry.value));
        return (
          <g key={String(entry.value)} className="dot-stack">
            {entry.respondents.map((respondent, index) => (
              <circle
                key={respondent.respondentId}
                cx={cx}
                cy={BASELINE - dot / 2 - 1 - index * dot}
                r={Math.max(1, dot / 2 - 0.75)}
              >
                <title>{respondent.label ?? 'Anonymous'}</title>
              </circle>
            ))}
            <text
              className="dot-count"
              x={cx}
              y={BASELINE - entry.count * dot - 4}
              textAnchor="middle"
            >
              {entry.count}
            </text>
          </g>
        );
      })}
      {agreed && (
        <g className="agreed-mark">
          <path d={`M${x(Number(agreed.value))},${BASELINE - 6}l6,6l-6,6l-6,-6z`} />
        </g>
      )}
    </svg>
  );
});
