/**
 * Hands out branch rows, lowest free one first, so a later branch reuses the row of one that
 * has merged back instead of pushing the map ever further down. A small binary heap: the rows
 * in use at once are as many as the map has parallel branches.
 */
export class RowPool {
  private readonly free: number[] = [];
  private next: number;

  constructor(firstRow: number) {
    this.next = firstRow;
  }

  /** How many rows were ever handed out, counting from row 0. */
  get rowCount(): number {
    return this.next;
  }

  acquire(): number {
    if (this.free.length === 0) return this.next++;
    const lowest = this.free[0]!;
    const last = this.free.pop()!;
    if (this.free.length > 0) this.siftDown(last);
    return lowest;
  }

  release(row: number): void {
    let at = this.free.length;
    this.free.push(row);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.free[parent]! <= row) break;
      this.free[at] = this.free[parent]!;
      at = parent;
    }
    this.free[at] = row;
  }

  private siftDown(row: number): void {
    const size = this.free.length;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.free[child + 1]! < this.free[child]!) child++;
      if (this.free[child]! >= row) break;
      this.free[at] = this.free[child]!;
      at = child;
    }
    this.free[at] = row;
  }
}
