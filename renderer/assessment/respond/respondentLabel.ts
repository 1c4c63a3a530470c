import { ROLE_GROUP_NAMES, type Respondent } from '../../../shared/assessment';

/**
 * A respondent as lists name them: "Anna (Operations)", an alias as given, an anonymous
 * respondent by the order they joined ("Anonymous respondent 3") — never a stored name.
 */
export function respondentLabel(respondent: Respondent, index: number): string {
  const who =
    respondent.identity === 'anonymous' ? `Anonymous respondent ${index + 1}` : respondent.name;
  return respondent.roleGroup ? `${who} (${ROLE_GROUP_NAMES[respondent.roleGroup]})` : who;
}
