import { scaleLinear } from 'd3';
import { useId } from 'react';
import {
  LIKERT_MAX,
  PILLAR_NAMES,
  PILLARS,
  shortNumber,
  type Pillar,
} from '../../../shared/assessment';
import { markerPath, seriesStyle } from './seriesStyles';
import './charts.css';

export interface RadarSeries {
  label: string;
  /** Each pillar's level 1–5, null when unanswered. */
  values: Record<Pillar, number | null>;
}

interface Props {
  series: RadarSeries[];
  /** Read out before the figures, e.g. "Pillar maturity by round". */
  title: string;
}

const SIZE = 420;
const CENTRE = SIZE / 2;
const RADIUS = 120;
/** The drawing's top (above it nothing is drawn) and where the legend starts. */
const TOP = 44;
const LEGEND_TOP = 384;
/** Pillar names, split where they read best, at the end of each axis. */
const AXIS_LABELS: Record<Pillar, string[]> = {
  disciplinedAgile: ['Disciplined', 'Agile'],
  continuousDelivery: ['Continuous', 'Delivery'],
  serviceManagement: ['IT service', 'management'],
  leanFoundation: ['TPS / Lean', 'foundation'],
};

/**
 * The pillar radar: one axis per pillar (levels 1–5), one polygon per series (a round or a
 * role group), each in its own colour, dash and marker, named in a legend. The figures are
 * also in a visually hidden table, for screen readers.
 */
export function PillarRadar({ series, title }: Props) {
  const id = useId();
  const radius = scaleLinear().domain([0, LIKERT_MAX]).range([0, RADIUS]);
  // Disciplined Agile at the top, then clockwise.
  const angle = (index: number) => (index / PILLARS.length) * 2 * Math.PI - Math.PI / 2;
  const point = (index: number, level: number) => ({
    x: CENTRE + radius(level) * Math.cos(angle(index)),
    y: CENTRE + radius(level) * Math.sin(angle(index)),
  });
  const height = LEGEND_TOP - TOP + series.length * 22;
  return (
    <figure className="chart radar-chart">
      <svg
        viewBox={`0 ${TOP} ${SIZE} ${height}`}
        width={SIZE}
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-table`}
      >
        <title id={`${id}-title`}>{title}</title>
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level}>
            <polygon
              className="radar-ring"
              points={PILLARS.map((_, index) => {
                const p = point(index, level);
                return `${p.x},${p.y}`;
              }).join(' ')}
            />
            <text className="radar-level" x={CENTRE + 4} y={CENTRE - radius(level) + 13}>
              {level}
            </text>
          </g>
        ))}
        {PILLARS.map((pillar, index) => {
          const end = point(index, LIKERT_MAX);
          const label = point(index, LIKERT_MAX + 0.45);
          const anchor =
            Math.abs(label.x - CENTRE) < 1 ? 'middle' : label.x > CENTRE ? 'start' : 'end';
          const lines = AXIS_LABELS[pillar];
          // Above the centre the lines stack upwards, beside it they straddle the axis.
          const first =
            label.y < CENTRE - 1 ? -(lines.length - 1) * 15 : label.y > CENTRE + 1 ? 6 : -3;
          return (
            <g key={pillar}>
              <line className="radar-axis" x1={CENTRE} y1={CENTRE} x2={end.x} y2={end.y} />
              <text className="radar-label" x={label.x} y={label.y} textAnchor={anchor}>
                {lines.map((line, lineIndex) => (
                  <tspan key={line} x={label.x} dy={lineIndex === 0 ? first : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((entry, seriesIndex) => {
          const style = seriesStyle(seriesIndex);
          const points = PILLARS.map((pillar, index) => {
            const value = entry.values[pillar];
            return value === null ? null : point(index, value);
          });
          const complete = points.every((p) => p !== null);
          const path = points
            .filter((p) => p !== null)
            .map((p, index) => `${index === 0 ? 'M' : 'L'}${p.x},${p.y}`)
            .join('');
          return (
            <g key={entry.label} className="radar-series">
              {path && (
                <path
                  d={complete ? `${path}Z` : path}
                  fill={style.color}
                  fillOpacity={complete ? 0.08 : 0}
                  stroke={style.color}
                  strokeWidth={2.5}
                  strokeDasharray={style.dash || undefined}
                />
              )}
              {points.map((p, index) =>
                p ? (
                  <path
                    key={PILLARS[index]}
                    d={markerPath(style.marker, p.x, p.y, 10)}
                    fill={style.marker === 'cross' ? 'none' : style.color}
                    stroke={style.color}
                    strokeWidth={2}
                  />
                ) : null,
              )}
            </g>
          );
        })}
        {series.map((entry, seriesIndex) => {
          const style = seriesStyle(seriesIndex);
          const y = LEGEND_TOP + seriesIndex * 22 + 8;
          return (
            <g key={entry.label} className="chart-legend">
              <line
                x1={40}
                x2={76}
                y1={y}
                y2={y}
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash || undefined}
              />
              <path
                d={markerPath(style.marker, 58, y, 10)}
                fill={style.marker === 'cross' ? 'none' : style.color}
                stroke={style.color}
                strokeWidth={2}
              />
              <text x={86} y={y + 4.5}>
                {entry.label}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A table keeps its content's width whatever it is told: the box around it hides it. */}
      <div className="visually-hidden">
        <table id={`${id}-table`}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              {PILLARS.map((pillar) => (
                <th key={pillar} scope="col">
                  {PILLAR_NAMES[pillar]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((entry) => (
              <tr key={entry.label}>
                <th scope="row">{entry.label}</th>
                {PILLARS.map((pillar) => (
                  <td key={pillar}>
                    {entry.values[pillar] === null
                      ? 'not answered'
                      : shortNumber(entry.values[pillar]!)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
