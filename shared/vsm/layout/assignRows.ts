import type { FlowIndex } from '../flowIndex';
import type { ColumnRanks } from './rankColumns';
import { RowPool } from './RowPool';

export interface RowAssignment {
  row: Int32Array;
  rowCount: number;
  /**
   * Per entry of `flow.succList`: 1 when the receiving step continues the sender's row with
   * nothing in between, so the handoff is drawn as a straight line.
   */
  continues: Uint8Array;
  /** Position of step i on the spine, or −1. */
  spinePosition: Int32Array;
}

/**
 * Rows for parallel branches, column by column. The spine (the critical path) owns row 0; any
 * other step continues the row of a predecessor whose row is still open, else takes the
 * lowest free row. A row is freed once every successor of its last step is placed, so the
 * next branch reuses it. O(V + E) apart from the row heap (log of the branch count).
 */
export function assignRows(
  flow: FlowIndex,
  ranks: ColumnRanks,
  spine: readonly number[],
): RowAssignment {
  const n = ranks.column.length;
  const { succStart, succList } = flow;
  const { column, backward, columnCount } = ranks;

  // Forward handoffs by receiving step (predecessors), remembering each one's succList entry.
  const remaining = new Int32Array(n);
  const predStart = new Int32Array(n + 1);
  for (let e = 0; e < succList.length; e++) if (!backward[e]) predStart[succList[e]! + 1]!++;
  for (let i = 0; i < n; i++) predStart[i + 1]! += predStart[i]!;
  const fill = predStart.slice(0, n);
  const predNode = new Int32Array(predStart[n]!);
  const predEdge = new Int32Array(predStart[n]!);
  for (let v = 0; v < n; v++) {
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
      if (backward[e]) continue;
      const s = succList[e]!;
      predNode[fill[s]!] = v;
      predEdge[fill[s]!++] = e;
      remaining[v]!++;
    }
  }

  // One spine step per column at most, so row 0 never holds two boxes in one place.
  const spinePosition = new Int32Array(n).fill(-1);
  const spineAt = new Int32Array(columnCount).fill(-1);
  spine.forEach((v, position) => {
    if (spineAt[column[v]!] !== -1) return;
    spineAt[column[v]!] = v;
    spinePosition[v] = position;
  });
  const hasSpine = spine.length > 0;

  // Steps bucketed by column, in ranking order within a column.
  const bucketStart = new Int32Array(columnCount + 1);
  for (let i = 0; i < n; i++) bucketStart[column[i]! + 1]!++;
  for (let c = 0; c < columnCount; c++) bucketStart[c + 1]! += bucketStart[c]!;
  const bucketFill = bucketStart.slice(0, columnCount);
  const byColumn = new Int32Array(n);
  for (const v of ranks.order) byColumn[bucketFill[column[v]!]!++] = v;

  const row = new Int32Array(n).fill(-1);
  const open = new Uint8Array(n);
  const continues = new Uint8Array(succList.length);
  const pool = new RowPool(hasSpine ? 1 : 0);
  const freed: number[] = [];
  const free = (v: number) => {
    open[v] = 0;
    if (!(hasSpine && row[v] === 0)) freed.push(row[v]!);
  };

  const place = (v: number) => {
    let from = -1;
    let fromEdge = -1;
    for (let k = predStart[v]!; k < predStart[v + 1]!; k++) {
      const p = predNode[k]!;
      if (!open[p]) continue;
      const eligible = spinePosition[v] !== -1 ? row[p] === 0 : !(hasSpine && row[p] === 0);
      if (eligible && (from === -1 || row[p]! < row[from]!)) {
        from = p;
        fromEdge = predEdge[k]!;
      }
    }
    if (spinePosition[v] !== -1) row[v] = 0;
    else row[v] = from === -1 ? pool.acquire() : row[from]!;
    if (from !== -1) {
      open[from] = 0;
      continues[fromEdge] = 1;
    }
    open[v] = 1;
    for (let k = predStart[v]!; k < predStart[v + 1]!; k++) {
      const p = predNode[k]!;
      if (--remaining[p]! === 0 && open[p]) free(p);
    }
    if (remaining[v] === 0) free(v);
  };

  for (let c = 0; c < columnCount; c++) {
    if (spineAt[c] !== -1) place(spineAt[c]!);
    for (let k = bucketStart[c]!; k < bucketStart[c + 1]!; k++) {
      if (byColumn[k] !== spineAt[c]) place(byColumn[k]!);
    }
    // Rows freed in this column open up from the next one, so no two boxes share a cell.
    for (const r of freed) pool.release(r);
    freed.length = 0;
  }
  return { row, rowCount: Math.max(pool.rowCount, hasSpine ? 1 : 0), continues, spinePosition };
}
