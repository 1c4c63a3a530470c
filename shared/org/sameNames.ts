import type { OrgDesignDoc } from './OrgDesignDoc';
import { compareText } from './orgLookup';

const KINDS = {
  people: ['people', 'person'],
  pools: ['pools', 'pool'],
  roles: ['roles', 'role'],
  services: ['services', 'service'],
  scenarios: ['scenarios', 'scenario'],
} as const;

export type NamedKind = keyof typeof KINDS;

/** Entries that share a name, which only two laptops adding them at once can cause. */
export interface SameName {
  kind: NamedKind;
  name: string;
  ids: string[];
  /** For the coach: what happened and what to do; the design keeps both until then. */
  message: string;
}

/**
 * Names given twice: each change refuses a taken name, but two laptops can add "Anna" at the
 * same time. Both entries stay (they may be two people); the UI shows this list so the coach
 * renames one or deletes the double.
 */
export function sameNames(design: OrgDesignDoc): SameName[] {
  const result: SameName[] = [];
  for (const kind of Object.keys(KINDS) as NamedKind[]) {
    const groups = new Map<string, { name: string; ids: string[] }>();
    for (const entry of Object.values(design[kind])) {
      const key = entry.name.trim().toLowerCase();
      const group = groups.get(key);
      if (group) group.ids.push(entry.id);
      else groups.set(key, { name: entry.name, ids: [entry.id] });
    }
    for (const { name, ids } of groups.values()) {
      if (ids.length < 2) continue;
      const [plural, singular] = KINDS[kind];
      result.push({
        kind,
        name,
        ids: ids.sort(compareText),
        message: `${ids.length} ${plural} are called “${name}” (added on two laptops at once?): rename one, or delete the ${singular} that is there twice.`,
      });
    }
  }
  return result;
}
