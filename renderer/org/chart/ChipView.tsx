import { memo } from 'react';
import { CHIP_HEIGHT, DETAIL_SIZE, NAME_SIZE, type ChipBox } from './chartGeometry';
import { fitText } from './fitText';
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
  /** Show the role on the detail line (the matrix); a flat group's heading already says it. */
  showRole: boolean;
}

const PAD = 8;

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
 * One placement: the person's name, role and share, their load as an icon and figure (never
 * colour alone), and "×2" when they are on several services — the same person, highlighted
 * together on hover or selection.
 */
export const ChipView = memo(function ChipView({ chip, load, state, showRole }: Props) {
  const over = load?.status === 'over';
  const flag = over ? `⚠ ${percent(load.total)}` : load?.switching ? '⇄' : '';
  // The flag's room, as fitText guesses text widths (bold 12 px), and a gap before it.
  const flagWidth = flag ? Array.from(flag).length * DETAIL_SIZE * 0.62 + 6 : 0;
  const multi = load && load.services > 1 ? `×${load.services}` : '';
  const detail = `${showRole ? `${chip.roleName} · ` : ''}${percent(chip.allocation)}`;
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
      <rect className="org-chip-box" width={chip.width} height={CHIP_HEIGHT} rx="6" />
      {state?.remote && (
        <rect
          className="org-chip-remote"
          x="-3"
          y="-3"
          width={chip.width + 6}
          height={CHIP_HEIGHT + 6}
          rx="8"
          style={{ stroke: state.remote }}
        />
      )}
      <text className="org-chip-name" x={PAD} y={17}>
        {fitText(chip.name, chip.width - 2 * PAD - flagWidth, NAME_SIZE)}
      </text>
      <text className="org-chip-detail" x={PAD} y={33}>
        {fitText(detail, chip.width - 2 * PAD - (multi ? 28 : 0), DETAIL_SIZE)}
      </text>
      {flag && (
        <text className="org-chip-flag" x={chip.width - PAD} y={17} textAnchor="end">
          {flag}
        </text>
      )}
      {multi && (
        <text className="org-chip-multi" x={chip.width - PAD} y={33} textAnchor="end">
          {multi}
        </text>
      )}
    </g>
  );
});
