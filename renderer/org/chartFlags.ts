import type { OrgCheck } from '../../shared/org/checks/OrgCheck';

/** "⚠ 2 roles missing", per service, from the errors and warnings on it. */
export function flagsByService(checks: readonly OrgCheck[]): Map<string, string> {
  const counts = new Map<string, { missing: number; other: number }>();
  for (const check of checks) {
    if (check.severity === 'info') continue;
    const serviceId =
      check.target.kind === 'service'
        ? check.target.serviceId
        : check.target.kind === 'team'
          ? check.target.teamId
          : null;
    if (serviceId === null) continue;
    const count = counts.get(serviceId) ?? { missing: 0, other: 0 };
    if (check.rule === 'missingRole') count.missing++;
    else count.other++;
    counts.set(serviceId, count);
  }
  const flags = new Map<string, string>();
  for (const [serviceId, { missing, other }] of counts) {
    const parts = [
      missing > 0 && `${missing} ${missing === 1 ? 'role problem' : 'role problems'}`,
      other > 0 && `${other} ${other === 1 ? 'warning' : 'warnings'}`,
    ].filter(Boolean);
    flags.set(serviceId, `⚠ ${parts.join(', ')}`);
  }
  return flags;
}

/** "⚠ 1 warning on the team": the errors and warnings on the flat team itself. */
export function teamFlagOf(checks: readonly OrgCheck[]): string {
  const own = checks.filter((check) => check.target.kind === 'team' && check.severity !== 'info');
  return own.length === 0
    ? ''
    : `⚠ ${own.length} ${own.length === 1 ? 'check' : 'checks'} failing on the team`;
}
