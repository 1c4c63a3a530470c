/** Allows `ratePerSecond` events on average and bursts of up to `capacity`. */
export class TokenBucket {
  #tokens: number;
  #lastRefill: number;

  constructor(
    private readonly capacity: number,
    private readonly ratePerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#tokens = capacity;
    this.#lastRefill = now();
  }

  /** Takes one token; false when the bucket is empty (the event is over the limit). */
  take(): boolean {
    const now = this.now();
    const refill = ((now - this.#lastRefill) / 1000) * this.ratePerSecond;
    this.#tokens = Math.min(this.capacity, this.#tokens + refill);
    this.#lastRefill = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
