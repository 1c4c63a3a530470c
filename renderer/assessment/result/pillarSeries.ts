import {
  ROLE_SPLIT_NAMES,
  type MaturityResult,
  type Pillar,
  type RoleGroupPillars,
} from '../../../shared/assessment';
import type { RadarSeries } from '../charts/PillarRadar';

type PillarFigures = { pillar: Pillar; mean: number | null; weakest: number | null }[];

/** A radar polygon from pillar figures: their means, or their weakest components. */
export function seriesOf(
  label: string,
  pillars: PillarFigures,
  figure: 'mean' | 'weakest',
): RadarSeries {
  return {
    label,
    values: Object.fromEntries(pillars.map((entry) => [entry.pillar, entry[figure]])) as Record<
      Pillar,
      number | null
    >,
  };
}

/** The room's radar: its means and its weakest components, two polygons. */
export function roomSeries(maturity: MaturityResult): RadarSeries[] {
  return [
    seriesOf('Room: mean', maturity.pillars, 'mean'),
    seriesOf('Room: weakest component', maturity.pillars, 'weakest'),
  ];
}

/** One polygon per role group, by the means of its medians. */
export function roleGroupSeries(groups: RoleGroupPillars[]): RadarSeries[] {
  return groups.map((group) =>
    seriesOf(`${ROLE_SPLIT_NAMES[group.roleGroup]} (${group.respondents})`, group.pillars, 'mean'),
  );
}
