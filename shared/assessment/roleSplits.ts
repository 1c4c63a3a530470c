import type { ItemAggregate, RoleSplitGroup } from './aggregateRound';
import { ROLE_GROUP_NAMES } from './AssessmentDoc';
import { answerFigure } from './answerText';
import type { QuestionnaireItem } from './Questionnaire';

/** How one role group answered an item: "Operations sees 2" when there is more than one group. */
export interface RoleSplit {
  roleGroup: RoleSplitGroup;
  /** "Operations", or "Role not stated". */
  name: string;
  n: number;
  /** The group's median (numbers) or most chosen option(s) (fit questions). */
  sees: string;
}

export const ROLE_SPLIT_NAMES: Record<RoleSplitGroup, string> = {
  ...ROLE_GROUP_NAMES,
  unstated: 'Role not stated',
};

/**
 * Each role group's view of an item, for the facilitator's "ops sees 2, dev sees 4". Empty
 * when fewer than two groups answered: a split needs two sides.
 */
export function roleSplits(item: QuestionnaireItem, aggregate: ItemAggregate): RoleSplit[] {
  if (aggregate.byRoleGroup.length < 2) return [];
  if (aggregate.kind === 'fit') {
    return aggregate.byRoleGroup.map((group) => ({
      roleGroup: group.roleGroup,
      name: ROLE_SPLIT_NAMES[group.roleGroup],
      n: group.n,
      sees: group.modal.map((value) => answerFigure(item, value)).join(' or '),
    }));
  }
  return aggregate.byRoleGroup.map((group) => ({
    roleGroup: group.roleGroup,
    name: ROLE_SPLIT_NAMES[group.roleGroup],
    n: group.summary.n,
    sees: answerFigure(item, group.summary.median),
  }));
}
