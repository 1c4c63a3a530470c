import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../../../shared/sync/reconnectDelay';

describe('reconnectDelay', () => {
  it('doubles from half a second, jittered between half and all of it', () => {
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, 0))).toEqual([
      250, 500, 1000, 2000,
    ]);
    expect([0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, 0.999999))).toEqual([
      500, 1000, 2000, 4000,
    ]);
  });

  it('stops growing at 30 seconds', () => {
    expect(reconnectDelay(20, 0.999999)).toBe(30_000);
    expect(reconnectDelay(20, 0)).toBe(15_000);
  });
});
