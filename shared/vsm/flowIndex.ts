import type { Step } from './ValueStreamMapDoc';

/**
 * The flow between steps as index arrays: built once per computation in O(V + E) so metrics
 * and ordering walk typed arrays instead of looking ids up again.
 */
export interface FlowIndex {
  indexOf: Map<string, number>;
  /** Successors of step i are succList[succStart[i] .. succStart[i + 1]), ascending. */
  succStart: Int32Array;
  succList: Int32Array;
  /** Connections between existing steps. */
  edgeCount: number;
  /** Connections naming a step that no longer exists (possible after a merge); ignored. */
  danglingCount: number;
  /** Topological order, or null when the flow has a loop. */
  order: Int32Array | null;
  /** The loop's step indices in flow order, when there is one. */
  cycle: number[];
}

export function indexFlow(steps: readonly Step[]): FlowIndex {
  const n = steps.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(steps[i]!.id, i);

  const outDegree = new Int32Array(n + 1);
  let edgeCount = 0;
  let danglingCount = 0;
  for (let i = 0; i < n; i++) {
    for (const predId in steps[i]!.predecessors) {
      const p = indexOf.get(predId);
      if (p === undefined) danglingCount++;
      else {
        outDegree[p]!++;
        edgeCount++;
      }
    }
  }
  const succStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) succStart[i + 1] = succStart[i]! + outDegree[i]!;
  const fill = succStart.slice(0, n);
  const succList = new Int32Array(edgeCount);
  for (let i = 0; i < n; i++) {
    for (const predId in steps[i]!.predecessors) {
      const p = indexOf.get(predId);
      if (p !== undefined) succList[fill[p]!++] = i;
    }
  }

  const { order, cycle } = depthFirstOrder(n, succStart, succList);
  return { indexOf, succStart, succList, edgeCount, danglingCount, order, cycle };
}

const NEW = 0;
const ACTIVE = 1;
const DONE = 2;

/**
 * Reverse post-order of an iterative depth-first search. Starting from the last step and taking
 * successors last-first keeps each branch together and earlier steps earlier, so a linear
 * chain comes out in chain order and parallel branches one after the other.
 */
function depthFirstOrder(
  n: number,
  succStart: Int32Array,
  succList: Int32Array,
): { order: Int32Array | null; cycle: number[] } {
  const state = new Uint8Array(n);
  const stackNode = new Int32Array(n);
  const stackNext = new Int32Array(n);
  const order = new Int32Array(n);
  let written = n;
  for (let root = n - 1; root >= 0; root--) {
    if (state[root] !== NEW) continue;
    let depth = 0;
    stackNode[0] = root;
    stackNext[0] = succStart[root + 1]! - 1;
    state[root] = ACTIVE;
    while (depth >= 0) {
      const node = stackNode[depth]!;
      const next = stackNext[depth]!;
      if (next >= succStart[node]!) {
        stackNext[depth] = next - 1;
        const succ = succList[next]!;
        if (state[succ] === ACTIVE) {
          const start = stackNode.subarray(0, depth + 1).indexOf(succ);
          return { order: null, cycle: Array.from(stackNode.subarray(start, depth + 1)) };
        }
        if (state[succ] === NEW) {
          state[succ] = ACTIVE;
          depth++;
          stackNode[depth] = succ;
          stackNext[depth] = succStart[succ + 1]! - 1;
        }
      } else {
        state[node] = DONE;
        order[--written] = node;
        depth--;
      }
    }
  }
  return { order, cycle: [] };
}
