/** How bad a finding is: an error breaks a rule, a warning strains one, info is worth knowing. */
export const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

/** The rules, in the order findings of one severity are listed. */
export const CHECK_RULES = [
  'missingRole',
  'overAllocation',
  'teamSize',
  'cognitiveLoad',
  'contextSwitching',
  'expertSpread',
  'serviceMasterSpan',
  'roleExperience',
  'poolMembership',
  'approvalBoard',
  'singlePointOfFailure',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

/**
 * What a click on a finding selects. A placement is one person in one cell: the matrix view
 * finds the cell from the person's pool (row) and the placement's service (column).
 */
export type CheckTarget =
  | { kind: 'person'; personId: string }
  | { kind: 'team'; teamId: string }
  | { kind: 'service'; serviceId: string }
  | { kind: 'placement'; key: string; personId: string };

export interface OrgCheck {
  /** Stable while the finding lasts: rule and target. */
  id: string;
  rule: CheckRule;
  severity: CheckSeverity;
  /** One line for the coach: what is wrong, with the numbers and the rule it breaks. */
  reason: string;
  /** Where the rule comes from. */
  source: string;
  target: CheckTarget;
}

/** The published source of each rule (../docs/org-model.md lists them). */
export const CHECK_SOURCES: Record<CheckRule, string> = {
  missingRole: 'Enterprise DevOps white paper, §5 roles',
  overAllocation: 'Enterprise DevOps white paper, §5: a sustainable pace',
  teamSize: 'Scrum Guide 2020 (“typically 10 or fewer”); Team Topologies (7–9)',
  cognitiveLoad: 'Team Topologies, chapter 3: domains per team',
  contextSwitching: 'Weinberg, Quality Software Management: 2 projects lose 20 %, 3 lose 40 %',
  expertSpread: 'Weinberg, Quality Software Management: 3 projects lose 40 %',
  serviceMasterSpan: 'Toyota’s chief engineer: about six people formally reporting (Liker)',
  roleExperience: 'Enterprise DevOps white paper, §5: required experience per role',
  poolMembership: 'Toyota matrix, white paper §6: one functional home per expert',
  approvalBoard: 'DORA: external change approval lowers delivery performance',
  singlePointOfFailure: 'Enterprise DevOps white paper, §5: required experience per role',
};

/** A finding of `rule`; its id joins the rule and `key`. */
export function finding(
  rule: CheckRule,
  severity: CheckSeverity,
  key: string,
  target: CheckTarget,
  reason: string,
): OrgCheck {
  return { id: `${rule}:${key}`, rule, severity, reason, source: CHECK_SOURCES[rule], target };
}
