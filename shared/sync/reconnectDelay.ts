const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first retry): doubling up to
 * 30 s, with jitter so thirty laptops do not all hit a restarted hub in the same instant.
 * `random` is a number in [0, 1), injected to keep this pure and testable.
 */
export function reconnectDelay(attempt: number, random: number): number {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}
