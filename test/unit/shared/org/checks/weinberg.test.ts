import { describe, expect, it } from 'vitest';
import { effectiveCapacity, switchingLoss } from '../../../../../shared/org/checks/weinberg';

describe('Weinberg’s context switching', () => {
  it.each([
    [1, 0],
    [2, 0.2],
    [3, 0.4],
    [4, 0.6],
    [5, 0.75],
    [9, 0.75],
  ])('%i services at once lose %f of the time', (services, loss) => {
    expect(switchingLoss(services)).toBe(loss);
  });

  it('leaves 0.6 FTE of one full-time person on three services, 0.2 of a half-time one on four', () => {
    expect(effectiveCapacity(1, 3)).toBeCloseTo(0.6, 12);
    expect(effectiveCapacity(0.5, 4)).toBeCloseTo(0.2, 12);
    expect(effectiveCapacity(1, 1)).toBe(1);
  });
});
