import type { RoundAggregate, RoleSplitGroup } from './aggregateRound';
import { ROLE_GROUPS } from './AssessmentDoc';
import type { AnswerProfile } from './answerProfile';
import type { Pillar, Questionnaire } from './Questionnaire';
import { scoreMaturity } from './scoreMaturity';

/** One role group's pillar maturity: what a radar polygon per role group draws. */
export interface RoleGroupPillars {
  roleGroup: RoleSplitGroup;
  /** Respondents of the group who answered at least one maturity item (the most on any item). */
  respondents: number;
  pillars: { pillar: Pillar; mean: number | null; weakest: number | null }[];
}

/**
 * Pillar maturity as each role group sees it: per maturity item the group's median, scored
 * like the room (mean per pillar and weakest component). Groups that answered no maturity
 * item are left out; agreed values belong to the room and are not used.
 */
export function roleGroupPillars(
  questionnaire: Questionnaire,
  aggregate: RoundAggregate,
): RoleGroupPillars[] {
  const profiles = new Map<RoleSplitGroup, { profile: AnswerProfile; respondents: number }>();
  for (const item of aggregate.items) {
    if (item.kind !== 'maturity') continue;
    for (const split of item.byRoleGroup) {
      let entry = profiles.get(split.roleGroup);
      if (!entry) {
        entry = {
          profile: { questionnaireVersion: questionnaire.version, fit: {}, values: {} },
          respondents: 0,
        };
        profiles.set(split.roleGroup, entry);
      }
      entry.profile.values[item.itemId] = split.summary.median;
      entry.respondents = Math.max(entry.respondents, split.summary.n);
    }
  }
  const order: readonly RoleSplitGroup[] = [...ROLE_GROUPS, 'unstated'];
  return [...profiles]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([roleGroup, { profile, respondents }]) => ({
      roleGroup,
      respondents,
      pillars: scoreMaturity(questionnaire, profile).pillars.map(({ pillar, mean, weakest }) => ({
        pillar,
        mean,
        weakest,
      })),
    }));
}
