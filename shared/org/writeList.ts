/**
 * Makes a stored list hold `values`, in place: entries that went are spliced out and new ones
 * appended, so what another laptop added meanwhile survives the merge (replacing the whole
 * list would drop it). Used for lists read as sets, where order is only how they were added.
 */
export function writeList<T>(target: T[], values: readonly T[]): void {
  const wanted = new Set(values);
  const kept = new Set<T>();
  const unwanted: number[] = [];
  target.forEach((value, index) => {
    // A merge can leave one value twice: the second copy goes too.
    if (wanted.has(value) && !kept.has(value)) kept.add(value);
    else unwanted.push(index);
  });
  for (const index of unwanted.reverse()) target.splice(index, 1);
  for (const value of values) {
    if (!kept.has(value)) {
      target.push(value);
      kept.add(value);
    }
  }
}

/** The tags without repeats, compared case-insensitively; the first spelling is kept. */
export function distinctTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags) {
    const key = tag.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag.trim());
  }
  return result;
}
