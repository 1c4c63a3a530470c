import type { WorkshopIndexEntry } from '../storage/ObeyaDatabase';

export const LIBRARY_SORTS = {
  recent: 'Recently changed',
  opened: 'Recently opened',
  title: 'Title (A–Z)',
  date: 'Workshop date',
} as const;
export type LibrarySort = keyof typeof LIBRARY_SORTS;

/** Filters the library by a search over title, client and facilitator, then sorts it. */
export function arrangeLibrary(
  entries: readonly WorkshopIndexEntry[],
  search: string,
  sort: LibrarySort,
): WorkshopIndexEntry[] {
  const terms = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const visible = entries.filter((entry) => {
    if (entry.deletedAt !== undefined) return false;
    const haystack = `${entry.title} ${entry.client} ${entry.facilitator}`.toLocaleLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
  const byTitle = (a: WorkshopIndexEntry, b: WorkshopIndexEntry) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });
  const compare: Record<LibrarySort, (a: WorkshopIndexEntry, b: WorkshopIndexEntry) => number> = {
    recent: (a, b) => b.updatedAt - a.updatedAt || byTitle(a, b),
    opened: (a, b) => b.openedAt - a.openedAt || byTitle(a, b),
    title: byTitle,
    date: (a, b) => (b.date || '0000').localeCompare(a.date || '0000') || byTitle(a, b),
  };
  return visible.sort(compare[sort]);
}
