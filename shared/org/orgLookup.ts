import type { OrgDesignDoc, Person, Pool, Role, Scenario, Service } from './OrgDesignDoc';
import { OrgValidationError } from './OrgValidationError';

type Ordered = { id: string; name: string; order: number };

/**
 * Display order: by `order`, then by name and id, so two entries added at once on two laptops
 * (same order) still sort the same everywhere. Plain comparisons rather than `localeCompare`,
 * whose first call loads locale data; views may re-sort by locale.
 */
function byOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(
    (a, b) => a.order - b.order || compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}

export function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export const orderedPools = (design: OrgDesignDoc): Pool[] => byOrder(Object.values(design.pools));
export const orderedRoles = (design: OrgDesignDoc): Role[] => byOrder(Object.values(design.roles));
export const orderedServices = (design: OrgDesignDoc): Service[] =>
  byOrder(Object.values(design.services));
export const orderedScenarios = (design: OrgDesignDoc): Scenario[] =>
  byOrder(Object.values(design.scenarios));

/** People by name (then id: two people of one name can meet in a merge). */
export function orderedPeople(design: OrgDesignDoc): Person[] {
  return Object.values(design.people).sort(
    (a, b) => compareText(a.name, b.name) || compareText(a.id, b.id),
  );
}

/** One more than the highest order: a new entry goes last. */
export function nextOrder(items: Record<string, { order: number }>): number {
  let highest = -1;
  for (const item of Object.values(items)) highest = Math.max(highest, item.order);
  return highest + 1;
}

/** Names compare trimmed and case-insensitively: "anna " is "Anna". */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The entry of that name, if any (the first in display order after a merge made two). */
export function findByName<T extends { id: string; name: string }>(
  items: Record<string, T>,
  name: string,
  exceptId?: string,
): T | undefined {
  return Object.values(items).find((item) => item.id !== exceptId && sameName(item.name, name));
}

const GONE = {
  person: 'This person is no longer in the design (deleted meanwhile, perhaps on another laptop)',
  pool: 'This pool is no longer in the design (deleted meanwhile, perhaps on another laptop)',
  role: 'This role is no longer in the catalogue (deleted meanwhile, perhaps on another laptop)',
  service: 'This service is no longer in the design (deleted meanwhile, perhaps on another laptop)',
  scenario:
    'This scenario is no longer in the design (deleted meanwhile, perhaps on another laptop)',
};

function requireEntry<T>(
  items: Record<string, T>,
  id: string,
  kind: keyof typeof GONE,
  field: string,
): T {
  const item = Object.hasOwn(items, id) ? items[id] : undefined;
  if (!item) throw new OrgValidationError(field, GONE[kind]);
  return item;
}

export const requirePerson = (design: OrgDesignDoc, id: string, field = 'personId') =>
  requireEntry(design.people, id, 'person', field);
export const requirePool = (design: OrgDesignDoc, id: string, field = 'poolId') =>
  requireEntry(design.pools, id, 'pool', field);
export const requireRole = (design: OrgDesignDoc, id: string, field = 'roleId') =>
  requireEntry(design.roles, id, 'role', field);
export const requireService = (design: OrgDesignDoc, id: string, field = 'serviceId') =>
  requireEntry(design.services, id, 'service', field);
export const requireScenario = (design: OrgDesignDoc, id: string, field = 'scenarioId') =>
  requireEntry(design.scenarios, id, 'scenario', field);

/** Whether a map has an entry under `id` (own keys only: "constructor" is no id). */
export function has(items: Record<string, unknown>, id: string | undefined): id is string {
  return id !== undefined && Object.hasOwn(items, id);
}

/** Refuses a name another entry already has ("a pool", "a service", …). */
export function requireFreeName(
  items: Record<string, { id: string; name: string }>,
  name: string,
  what: string,
  exceptId?: string,
): void {
  if (findByName(items, name, exceptId)) {
    throw new OrgValidationError('name', `There is already ${what} called “${name}”`);
  }
}

/** "Anna, Ben and 3 others": a few names for a message. */
export function nameList(names: readonly string[], shown = 3): string {
  if (names.length <= shown) {
    return names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  }
  const others = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${others} other${others === 1 ? '' : 's'}`;
}
