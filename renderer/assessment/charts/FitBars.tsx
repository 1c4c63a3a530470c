import { scaleLinear } from 'd3';
import { useId } from 'react';
import { IMPLEMENTATION_TYPE_NAMES, shortNumber, type FitResult } from '../../../shared/assessment';
import './charts.css';

interface Props {
  fit: FitResult;
  /** The most points a type can get: every fit question answered for it. */
  maxScore: number;
}

const WIDTH = 560;
const LABEL_WIDTH = 160;
const BAR_HEIGHT = 26;
const GAP = 14;
const TOP = 8;
/** Room right of the bars for the widest score label, "11.5 · recommended" in bold. */
const SCORE_WIDTH = 130;
/** A generous width of one character of a 12 px score label, bold: room kept for the label. */
const LABEL_CHAR_WIDTH = 7.5;

/**
 * Type fit as bars, highest first: each type's points, the recommended type marked in words and
 * weight (not colour alone), and the margin over the runner-up drawn as a bracket.
 */
export function FitBars({ fit, maxScore }: Props) {
  const id = useId();
  const x = scaleLinear()
    .domain([0, Math.max(maxScore, 1)])
    .range([LABEL_WIDTH, WIDTH - SCORE_WIDTH]);
  const rows = fit.ranking;
  const height = TOP + rows.length * (BAR_HEIGHT + GAP) + (fit.recommended ? 42 : 0);
  const yOf = (index: number) => TOP + index * (BAR_HEIGHT + GAP);
  const bracketY = yOf(rows.length - 1) + BAR_HEIGHT + 16;
  const showMargin = fit.recommended !== null && rows.length > 1;
  // The margin's guides drop from the first two bars' ends through every row below them; a
  // score label that one would run through moves right of it.
  const guideXs = showMargin ? rows.slice(0, 2).map((row) => x(row.score)) : [];
  const labelX = (index: number, text: string) => {
    const width = text.length * LABEL_CHAR_WIDTH;
    let start = x(rows[index]!.score) + 6;
    for (const guideX of [...guideXs.slice(0, index)].sort((a, b) => a - b)) {
      if (guideX > start - 4 && guideX < start + width + 4) start = guideX + 6;
    }
    return start;
  };
  const summary = rows
    .map((row) => `${IMPLEMENTATION_TYPE_NAMES[row.type]} ${shortNumber(row.score)} points`)
    .join(', ');
  return (
    <figure className="chart fit-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>
          {`Type fit: ${summary}${fit.recommended ? `; margin ${shortNumber(fit.margin)} points` : ''}`}
        </title>
        {rows.map((row, index) => {
          const recommended = row.type === fit.recommended;
          const tied = fit.tiedTypes.includes(row.type);
          const y = yOf(index);
          const label = `${shortNumber(row.score)}${recommended ? ' · recommended' : tied ? ' · tied' : ''}`;
          return (
            <g key={row.type} className={recommended ? 'fit-bar is-recommended' : 'fit-bar'}>
              <text
                className="fit-type"
                x={LABEL_WIDTH - 10}
                y={y + BAR_HEIGHT / 2 + 5}
                textAnchor="end"
              >
                {IMPLEMENTATION_TYPE_NAMES[row.type]}
              </text>
              <rect
                className="fit-track"
                x={x(0)}
                y={y}
                width={x(maxScore) - x(0)}
                height={BAR_HEIGHT}
              />
              <rect
                className="fit-value"
                x={x(0)}
                y={y}
                width={Math.max(0, x(row.score) - x(0))}
                height={BAR_HEIGHT}
              />
              <text className="fit-score" x={labelX(index, label)} y={y + BAR_HEIGHT / 2 + 5}>
                {label}
              </text>
            </g>
          );
        })}
        {showMargin && (
          <g className="fit-margin">
            <line
              className="fit-guide"
              x1={x(rows[0]!.score)}
              x2={x(rows[0]!.score)}
              y1={yOf(0) + BAR_HEIGHT}
              y2={bracketY}
            />
            <line
              className="fit-guide"
              x1={x(rows[1]!.score)}
              x2={x(rows[1]!.score)}
              y1={yOf(1) + BAR_HEIGHT}
              y2={bracketY}
            />
            <path d={`M${x(rows[1]!.score)},${bracketY - 5}v5H${x(rows[0]!.score)}v-5`} />
            <text x={LABEL_WIDTH} y={bracketY + 20}>
              {`Margin: ${shortNumber(fit.margin)} ${fit.margin === 1 ? 'point' : 'points'} over the runner-up`}
            </text>
          </g>
        )}
      </svg>
    </figure>
  );
}
