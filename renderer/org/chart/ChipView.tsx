import { memo } from 'react';
import type { ChipBox } from './chartGeometry';
import { CHIP_PAD, DETAIL_LINE, detailBaseline, NAME_BASELINE, NAME_LINE } from './chipText';
import { percent, type ChipLoad } from './personLoad';

export interface ChipState {
  /** In the tab order (its cell or group is the active one). */
  focusable: boolean;
  selected: boolean;
  /** Colours of colleagues who have this person selected. */
  remote: string;
}

interface Props {
  chip: ChipBox;
  load: ChipLoad | undefined;
  /** Null when drawn for paper or a file. */
  state: ChipState | null;
}

/** What a chip says about its person's load, in words, for its label and tooltip. */
export function loadWords(load: ChipLoad | undefined): string {
  if (!load) return '';
  const parts: string[] = [];
  if (load.status === 'over') {
    parts.push(`over capacity: ${percent(load.total)} of ${percent(load.capacity)}`);
  } else parts.push(`${percent(load.total)} of ${percent(load.capacity)} allocated`);
  if (load.services > 1) parts.push(`on ${load.services} services`);
  if (load.switching) parts.push('losing time to context switching');
  return parts.join(', ');
}

/**
 * One placement: the person's name, role and share (each on a second line rather than cut),
 * their load as an icon and figure (never colour alone), and "×2" when they are on several
 * services — the same person, highlighted together on hover or selection.
 */
export const ChipView = memo(function ChipView({ chip, load, state }: Props) {
  const { name, detail, flag, multi } = chip.text;
  const detailY = detailBaseline(chip.text);
  const classes = [
    'org-chip',
    `load-${load?.status ?? 'free'}`,
    load?.switching ? 'is-switching' : '',
    state?.selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = `${chip.name}, ${chip.roleName}, ${percent(chip.allocation)}; ${loadWords(load)}`;
  return (
    <g
      className={classes}
      transform={`translate(${chip.x},${chip.y})`}
      data-person-id={chip.personId}
      data-placement-key={chip.key}
      data-drag-person={state ? chip.personId : undefined}
      data-drag-label={state ? chip.name : undefined}
      role={state ? 'button' : undefined}
      tabIndex={state ? (state.focusable ? 0 : -1) : undefined}
      aria-label={state ? label : undefined}
      aria-pressed={state ? state.selected : undefined}
    >
      <title>{label}</title>
      <rect className="org-chip-box" width={chip.width} height={chip.height} rx="6" />
      {state?.remote && (
        <rect
          className="org-chip-remote"
          x="-3"
          y="-3"
          width={chip.width + 6}
          height={chip.height + 6}
          rx="8"
          style={{ stroke: state.remote }}
        />
      )}
      <text className="org-chip-name" x={CHIP_PAD} y={NAME_BASELINE}>
        {name.map((line, index) => (
          <tspan key={index} x={CHIP_PAD} dy={index === 0 ? 0 : NAME_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      <text className="org-chip-detail" x={CHIP_PAD} y={detailY}>
        {detail.map((line, index) => (
          <tspan key={index} x={CHIP_PAD} dy={index === 0 ? 0 : DETAIL_LINE}>
            {line}
          </tspan>
        ))}
      </text>
      {flag && (
        <text
          className="org-chip-flag"
          x={chip.width - CHIP_PAD}
          y={NAME_BASELINE}
          textAnchor="end"
        >
          {flag}
        </text>
      )}
      {multi && (
        <text className="org-chip-multi" x={chip.width - CHIP_PAD} y={detailY} textAnchor="end">
          {multi}
        </text>
      )}
    </g>
  );
});
