import { memo } from 'react';
import type { JSX } from 'react';
import type { PdcaPhase } from '../../../shared/vsm';
import { MAP_GEOMETRY, wrapLabel, type KaizenPlacement } from '../../../shared/vsm/layout';
import { starburstPath } from './svgPaths';
import { MAP_FONTS, useMapTextMeasure } from './mapText';

export interface KaizenBurstProps {
  kaizenId: string;
  cx: number;
  cy: number;
  problem: string;
  pdca: PdcaPhase;
  /** Clickable and in the tab order when the editor can open kaizens. */
  interactive: boolean;
}

const BADGES: Record<PdcaPhase, { letter: string; name: string }> = {
  plan: { letter: 'P', name: 'Plan' },
  do: { letter: 'D', name: 'Do' },
  check: { letter: 'C', name: 'Check' },
  act: { letter: 'A', name: 'Act' },
  done: { letter: '✓', name: 'Done' },
};

const R = MAP_GEOMETRY.kaizenRadius;
/** The widest line that stays inside the burst's inner circle. */
const LABEL_WIDTH = R * 1.4;

/** A kaizen burst: the starburst with the first words of the problem and a PDCA badge. */
export const KaizenBurst = memo(function KaizenBurst(props: KaizenBurstProps): JSX.Element {
  const { kaizenId, cx, cy, problem, pdca, interactive } = props;
  const font = MAP_FONTS.kaizen;
  const measure = useMapTextMeasure()(font);
  const lines = problem.trim() ? wrapLabel(problem, LABEL_WIDTH, 2, measure) : ['Kaizen'];
  const badge = BADGES[pdca];
  return (
    <g
      className={`vsm-map-kaizen is-${pdca}`}
      data-kaizen-id={kaizenId}
      role={interactive ? 'button' : undefined}
      tabIndex={interactive ? 0 : undefined}
      aria-label={`Kaizen: ${problem.trim() || 'no problem written yet'} (PDCA: ${badge.name})`}
    >
      <title>{problem.trim() || 'Kaizen burst'}</title>
      <path className="vsm-map-burst" d={starburstPath(cx, cy, R, R * 0.74)} />
      {lines.map((line, i) => (
        <text
          key={i}
          className="vsm-map-kaizen-label"
          x={cx}
          y={cy + font.size * 0.36 + (i - (lines.length - 1) / 2) * font.lineHeight}
        >
          {line}
        </text>
      ))}
      <circle className="vsm-map-pdca" cx={cx + R * 0.8} cy={cy - R * 0.75} r={10} />
      <text className="vsm-map-pdca-letter" x={cx + R * 0.8} y={cy - R * 0.75 + 4.5}>
        {badge.letter}
      </text>
    </g>
  );
});

/** All kaizen bursts, drawn last so they sit on top of what they improve. */
export const KaizenLayer = memo(function KaizenLayer(props: {
  kaizens: readonly KaizenPlacement[];
  interactive: boolean;
}): JSX.Element {
  return (
    <g className="vsm-map-layer">
      {props.kaizens.map((kaizen) => (
        <KaizenBurst
          key={kaizen.kaizenId}
          kaizenId={kaizen.kaizenId}
          cx={kaizen.center.x}
          cy={kaizen.center.y}
          problem={kaizen.problem}
          pdca={kaizen.pdca}
          interactive={props.interactive}
        />
      ))}
    </g>
  );
});
