import { memo } from 'react';
import type { ChipBox } from './chartGeometry';
import { fitText } from './fitText';
import { remoteMarks, type RemoteMark } from './remoteMarks';
import { CHIP_PAD, DETAIL_LINE, detailBaseline, NAME_BASELINE, NAME_LINE } from './chipText';
import { percent, type ChipLoad } from './personLoad';

export interface ChipState {
  /** In the tab order (its cell or group is the active one). */
  focusable: boolean;
  selected: boolean;
  /** The colleague who has this person selected on another laptop. */
  remote: RemoteMark | null;
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
  const remote = state?.remote ?? null;
  const label = `${chip.name}, ${chip.roleName}, ${percent(chip.allocation)}; ${loadWords(load)}${remote?.name ? `; selected by ${remote.name}` : ''}`;
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
      {remote && (
        <rect
          className="org-chip-remote"
          x="-3"
          y="-3"
          width={chip.width + 6}
          height={chip.height + 6}
          rx="8"
          style={{ stroke: remote.color }}
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
      {remote?.name && <RemoteName mark={remote} chipWidth={chip.width} />}
    </g>
  );
});

const TAG_HEIGHT = 16;

/** Who has this person selected, on the chip's top edge in their colour (dark text on white). */
function RemoteName({ mark, chipWidth }: { mark: RemoteMark; chipWidth: number }) {
  // As wide as the name (bold 12 px), at most three quarters of the chip.
  const width = Math.min(Array.from(mark.name).length * 12 * 0.62 + 10, chipWidth * 0.75);
  return (
    <g
      className="org-chip-remote-name"
      transform={`translate(${chipWidth - width},-${TAG_HEIGHT / 2 + 3})`}
    >
      <rect width={width} height={TAG_HEIGHT} rx="4" style={{ stroke: mark.color }} />
      <text x={width / 2} y={12} textAnchor="middle">
        {fitText(mark.name, width - 8, 12)}
      </text>
    </g>
  );
}

/**
 * The chips of one matrix cell or team-chart role group, in the state the editor gives them:
 * `remote` is the cell's or group's `remoteSignature`.
 */
export function ChipViews(props: {
  chips: readonly ChipBox[];
  loads: ReadonlyMap<string, ChipLoad>;
  /** False when drawn for paper or a file. */
  interactive: boolean;
  focusable: boolean;
  selectedKey: string | null;
  remote: string;
}) {
  const marks = remoteMarks(props.remote);
  return props.chips.map((chip) => (
    <ChipView
      key={chip.key}
      chip={chip}
      load={props.loads.get(chip.personId)}
      state={
        props.interactive
          ? {
              focusable: props.focusable,
              selected: chip.key === props.selectedKey,
              remote: marks.get(chip.personId) ?? null,
            }
          : null
      }
    />
  ));
}
