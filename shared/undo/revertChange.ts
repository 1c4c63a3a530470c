import { updateText } from '@automerge/automerge/slim';

/** A document's value as plain JSON (Automerge's `toJS` of one version). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * Turns `from` back into `to` inside an Automerge change, touching only what differs between
 * the two: a three-way merge of one change's reversal into the current document. A place a
 * peer (or a later change) has changed since keeps its current value, so undoing never
 * overwrites a colleague's edit. Lists of objects with an `id` (or `url`) are matched by it,
 * so an item comes back where it was even when others were added or removed meanwhile; in
 * other lists the stretch the change replaced is found by its content.
 * Returns whether anything changed.
 */
export function revertChange(draft: JsonObject, from: JsonObject, to: JsonObject): boolean {
  const edits = { count: 0 };
  revertObject(draft, from, to, edits);
  return edits.count > 0;
}

interface Edits {
  count: number;
}

function revertObject(current: JsonObject, from: JsonObject, to: JsonObject, edits: Edits) {
  for (const key of Object.keys(from)) {
    if (key in to) revertEntry(current, key, from[key]!, to[key]!, edits);
    else if (key in current && sameValue(current[key], from[key]!)) {
      delete current[key];
      edits.count++;
    }
  }
  for (const key of Object.keys(to)) {
    if (key in from || key in current) continue;
    current[key] = copyOf(to[key]!);
    edits.count++;
  }
}

function revertEntry(
  container: JsonObject | Json[],
  key: string | number,
  from: Json,
  to: Json,
  edits: Edits,
) {
  if (sameValue(from, to)) return;
  const current = (container as Record<string | number, Json>)[key];
  if (current === undefined) return;
  if (isObject(from) && isObject(to) && isObject(current)) {
    revertObject(current, from, to, edits);
    return;
  }
  if (Array.isArray(from) && Array.isArray(to) && Array.isArray(current)) {
    revertList(current, from, to, edits);
    return;
  }
  if (!sameValue(current, from)) return;
  if (typeof to === 'string' && typeof current === 'string') {
    // Text stays text: a character diff, so someone typing in the field merges with the undo.
    updateText(container as JsonObject, [key], to);
  } else {
    (container as Record<string | number, Json>)[key] = copyOf(to);
  }
  edits.count++;
}

/** The identity of a list item that survives edits: its `id`, or a document's `url`. */
function itemKey(value: Json): string | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.id === 'string') return value.id;
  if (typeof value.url === 'string') return value.url;
  return undefined;
}

function revertList(current: Json[], from: Json[], to: Json[], edits: Edits) {
  const keyed = [...from, ...to].every((item) => itemKey(item) !== undefined);
  if (keyed) revertKeyedList(current, from, to, edits);
  else if (from.length === to.length && current.length === from.length) {
    from.forEach((item, index) => revertEntry(current, index, item, to[index]!, edits));
  } else if (sameValue(current, from)) {
    replaceMiddle(current, to);
    edits.count++;
  } else {
    revertStretch(current, from, to, edits);
  }
}

/**
 * A list others changed since (a colleague's answer appended to the same log, say): the stretch
 * this change replaced is found by its content and put back, the others' items left where they
 * are. A stretch no longer there (someone edited it) stays as it is now.
 */
function revertStretch(current: Json[], from: Json[], to: Json[], edits: Edits) {
  let start = 0;
  while (start < from.length && start < to.length && sameValue(from[start], to[start]!)) start++;
  let end = 0;
  while (
    end < from.length - start &&
    end < to.length - start &&
    sameValue(from[from.length - 1 - end], to[to.length - 1 - end]!)
  ) {
    end++;
  }
  const placed = from.slice(start, from.length - end);
  const replaced = to.slice(start, to.length - end);
  const at =
    placed.length > 0
      ? nearestStretch(current, placed, start)
      : insertionAfter(current, from, start);
  if (at === -1) return;
  current.splice(at, placed.length, ...replaced.map(copyOf));
  edits.count++;
}

/** Where `stretch` stands in `list`, the occurrence nearest `near`; -1 when it is not there. */
function nearestStretch(list: Json[], stretch: Json[], near: number): number {
  let best = -1;
  for (let at = 0; at + stretch.length <= list.length; at++) {
    if (!stretch.every((item, offset) => sameValue(list[at + offset], item))) continue;
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Where items the change removed go back: after the item they followed (its occurrence nearest
 * where it was), first when they led the list; -1 when that item is gone.
 */
function insertionAfter(list: Json[], from: Json[], start: number): number {
  if (start === 0) return 0;
  const anchor = nearestStretch(list, [from[start - 1]!], start - 1);
  return anchor === -1 ? -1 : anchor + 1;
}

/**
 * Items the change added go (unless someone edited them since), items it removed come back
 * after the item they followed, and items it reordered go back to their order.
 */
function revertKeyedList(current: Json[], from: Json[], to: Json[], edits: Edits) {
  const fromByKey = new Map(from.map((item) => [itemKey(item)!, item]));
  const toByKey = new Map(to.map((item) => [itemKey(item)!, item]));
  const indexOf = (key: string) => current.findIndex((item) => itemKey(item) === key);

  for (const [key, item] of fromByKey) {
    if (toByKey.has(key)) continue;
    const index = indexOf(key);
    if (index !== -1 && sameValue(current[index], item)) {
      current.splice(index, 1);
      edits.count++;
    }
  }

  restoreOrder(current, to, fromByKey, edits);

  to.forEach((item, position) => {
    const key = itemKey(item)!;
    if (fromByKey.has(key) || indexOf(key) !== -1) return;
    current.splice(insertionIndex(current, to, position), 0, copyOf(item));
    edits.count++;
  });

  for (const [key, item] of toByKey) {
    const before = fromByKey.get(key);
    const index = indexOf(key);
    if (before !== undefined && index !== -1) revertEntry(current, index, before, item, edits);
  }
}

/** Where an item of `to` goes back: after the nearest earlier item still there, else first. */
function insertionIndex(current: Json[], to: Json[], position: number): number {
  for (let earlier = position - 1; earlier >= 0; earlier--) {
    const key = itemKey(to[earlier]!);
    const index = current.findIndex((item) => itemKey(item) === key);
    if (index !== -1) return index + 1;
  }
  return 0;
}

/**
 * Puts the items both versions hold back into `to`'s order, moving as few as possible (those
 * off the longest run already in order). Moving re-inserts a copy: Automerge lists have no move.
 */
function restoreOrder(current: Json[], to: Json[], fromByKey: Map<string, Json>, edits: Edits) {
  const rank = new Map<string, number>();
  to.forEach((item) => {
    const key = itemKey(item)!;
    if (fromByKey.has(key)) rank.set(key, rank.size);
  });
  const ranked = current
    .map((item, index) => ({ index, rank: rank.get(itemKey(item) ?? '') }))
    .filter((entry): entry is { index: number; rank: number } => entry.rank !== undefined);
  const staying = new Set(longestIncreasingRun(ranked.map((entry) => entry.rank)));
  const moving = ranked.filter((entry) => !staying.has(entry.rank));
  if (moving.length === 0) return;
  const copies = moving.map((entry) => ({ rank: entry.rank, item: copyOf(current[entry.index]!) }));
  for (const entry of [...moving].sort((a, b) => b.index - a.index)) current.splice(entry.index, 1);
  for (const { rank: itemRank, item } of copies.sort((a, b) => a.rank - b.rank)) {
    let index = 0;
    current.forEach((existing, at) => {
      const existingRank = rank.get(itemKey(existing) ?? '');
      if (existingRank !== undefined && existingRank < itemRank) index = at + 1;
    });
    current.splice(index, 0, item);
    edits.count++;
  }
}

/** The values of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasingRun(values: number[]): number[] {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle]! < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
    tailAt[low] = index;
    previous[index] = low > 0 ? tailAt[low - 1]! : -1;
  });
  const run: number[] = [];
  for (let at = tailAt[tails.length - 1] ?? -1; at !== -1; at = previous[at]!) {
    run.unshift(values[at]!);
  }
  return run;
}

/** Replaces what differs between `current` and `to`, keeping the common start and end. */
function replaceMiddle(current: Json[], to: Json[]) {
  let start = 0;
  while (start < current.length && start < to.length && sameValue(current[start], to[start]!)) {
    start++;
  }
  let end = 0;
  while (
    end < current.length - start &&
    end < to.length - start &&
    sameValue(current[current.length - 1 - end], to[to.length - 1 - end]!)
  ) {
    end++;
  }
  current.splice(
    start,
    current.length - start - end,
    ...to.slice(start, to.length - end).map(copyOf),
  );
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality that reads Automerge proxies and plain values alike. */
export function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => key in b && sameValue(a[key], b[key]))
    );
  }
  return false;
}

/** A plain copy to insert into a document (an Automerge proxy cannot be inserted again). */
function copyOf(value: Json): Json {
  if (Array.isArray(value)) return value.map(copyOf);
  if (isObject(value)) {
    return Object.fromEntries(Object.keys(value).map((key) => [key, copyOf(value[key]!)]));
  }
  return value;
}
