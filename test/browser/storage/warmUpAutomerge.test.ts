import { describe, expect, it } from 'vitest';
import { initAutomerge } from '../../../renderer/storage/automergeWasm';
import { warmUpAutomerge } from '../../../renderer/storage/warmUpAutomerge';

describe('warmUpAutomerge', () => {
  it('runs Automerge’s save and load paths in idle periods and finishes', async () => {
    await initAutomerge();
    let idlePeriods = 0;
    const counting = () => {
      idlePeriods++;
      if (idlePeriods < 100) requestIdleCallback(counting);
    };
    requestIdleCallback(counting);
    await expect(warmUpAutomerge()).resolves.toBeUndefined();
    // Spread over many idle callbacks rather than one long task.
    expect(idlePeriods).toBeGreaterThan(5);
  });
});
