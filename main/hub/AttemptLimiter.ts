/**
 * Counts failures per key (a remote address) in fixed windows and says how long a key that used
 * up its allowance must wait. Keys with no failures in the current window are forgotten.
 */
export class AttemptLimiter {
  #windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds `key` must wait before trying again, or 0 when it may try now. */
  waitFor(key: string): number {
    const window = this.#current(key);
    if (!window || window.failures < this.maxFailures) return 0;
    return window.start + this.windowMs - this.now();
  }

  recordFailure(key: string): void {
    const window = this.#current(key);
    if (window) {
      window.failures += 1;
      return;
    }
    this.#forgetExpired();
    this.#windows.set(key, { start: this.now(), failures: 1 });
  }

  #current(key: string): { start: number; failures: number } | undefined {
    const window = this.#windows.get(key);
    if (window && this.now() - window.start >= this.windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #forgetExpired(): void {
    for (const [key, window] of this.#windows) {
      if (this.now() - window.start >= this.windowMs) this.#windows.delete(key);
    }
  }
}
