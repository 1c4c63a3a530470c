import type { CheckRule, CheckSeverity } from '../../shared/org/checks/OrgCheck';

/** Each rule's name, as the checks panel and the report print it. */
export const RULE_LABELS: Record<CheckRule, string> = {
  missingRole: 'Required roles',
  overAllocation: 'Over-allocation',
  teamSize: 'Team size',
  cognitiveLoad: 'Cognitive load',
  contextSwitching: 'Context switching',
  expertSpread: 'Expert spread',
  serviceMasterSpan: 'Chief engineer’s span',
  roleExperience: 'Role experience',
  poolMembership: 'Functional pool',
  approvalBoard: 'Approval board',
  singlePointOfFailure: 'Single point of failure',
};

/** Severity as an icon and a word: never told by colour alone. */
export const SEVERITY_WORDS: Record<CheckSeverity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Note' },
};
