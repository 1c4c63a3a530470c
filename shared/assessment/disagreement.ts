import type { ItemAggregate } from './aggregateRound';

/**
 * Below these consensus figures an item is flagged "divided" for the room to talk about.
 * A numeric item (Tastle–Wierman) below 0.6: an even split between two answers two steps
 * apart on a five-point scale ("operations sees 2, development sees 4") gives 0.585, answers
 * one step apart 0.81. A fit question (1 − normalised entropy) below 0.5: three against two
 * gives 0.39, four against one 0.55 — one dissenter among five is not a divided room.
 */
export const DIVIDED_BELOW = { numeric: 0.6, choice: 0.5 } as const;

/** Whether the room is divided on an item: at least two answers and a low consensus. */
export function isDivided(item: ItemAggregate): boolean {
  if (item.n < 2 || item.consensus === null) return false;
  return item.consensus < (item.kind === 'fit' ? DIVIDED_BELOW.choice : DIVIDED_BELOW.numeric);
}
