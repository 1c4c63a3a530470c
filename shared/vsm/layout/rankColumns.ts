import type { FlowIndex } from '../flowIndex';

export interface ColumnRanks {
  /** Column of step i: the longest path (in handoffs) from any source to it. */
  column: Int32Array;
  /** Steps in the order they were ranked (a topological order where there is no loop). */
  order: Int32Array;
  /** Per entry of `flow.succList`: 1 when the handoff closes a loop and so runs backward. */
  backward: Uint8Array;
  columnCount: number;
}

/**
 * Columns by topological rank (Kahn's algorithm), O(V + E). A loop left by a merge is broken
 * at its first step in storage order, so the map still draws and shows the loop.
 */
export function rankColumns(flow: FlowIndex): ColumnRanks {
  const n = flow.succStart.length - 1;
  const { succStart, succList } = flow;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < succList.length; e++) inDegree[succList[e]!]!++;

  const column = new Int32Array(n);
  const order = new Int32Array(n);
  const backward = new Uint8Array(succList.length);
  const queued = new Uint8Array(n);
  const done = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (inDegree[i] === 0) {
      order[tail++] = i;
      queued[i] = 1;
    }
  }
  let nextForced = 0;
  let columnCount = n > 0 ? 1 : 0;
  while (head < n) {
    if (head === tail) {
      // Only loops remain: force the first unranked step in; its open handoffs run backward.
      while (queued[nextForced]) nextForced++;
      order[tail++] = nextForced;
      queued[nextForced] = 1;
    }
    const v = order[head++]!;
    done[v] = 1;
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
      const s = succList[e]!;
      if (done[s]) {
        backward[e] = 1;
        continue;
      }
      if (column[v]! + 1 > column[s]!) column[s] = column[v]! + 1;
      if (--inDegree[s]! === 0 && !queued[s]) {
        order[tail++] = s;
        queued[s] = 1;
      }
    }
    if (column[v]! + 1 > columnCount) columnCount = column[v]! + 1;
  }
  return { column, order, backward, columnCount };
}
