import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../../shared/vsm/computeMetrics';
import { layoutMap, neighbourStep } from '../../../../../shared/vsm/layout';
import { branchedMap } from '../vsmTestMaps';

// Fork s1 → Upper s2 → Upper s3 → Join s5 on the main row; Fork s1 → Lower s4 → Join s5 below.
const map = branchedMap(5);
const layout = layoutMap(map, computeMetrics(map));

describe('neighbourStep', () => {
  it('moves right along the flow, staying on the same row first', () => {
    expect(neighbourStep(layout, 's1', 'right')).toBe('s2');
    expect(neighbourStep(layout, 's3', 'right')).toBe('s5');
  });

  it('follows a branch back into the main row where it merges', () => {
    expect(neighbourStep(layout, 's4', 'right')).toBe('s5');
    expect(neighbourStep(layout, 's4', 'left')).toBe('s1');
  });

  it('moves left to the predecessor on the same row', () => {
    expect(neighbourStep(layout, 's5', 'left')).toBe('s3');
  });

  it('jumps between branch rows to the nearest column', () => {
    expect(neighbourStep(layout, 's2', 'down')).toBe('s4');
    expect(neighbourStep(layout, 's4', 'up')).toBe('s2');
    expect(neighbourStep(layout, 's5', 'down')).toBe('s4');
  });

  it('stays put at the ends of the map', () => {
    expect(neighbourStep(layout, 's1', 'left')).toBeNull();
    expect(neighbourStep(layout, 's5', 'right')).toBeNull();
    expect(neighbourStep(layout, 's2', 'up')).toBeNull();
    expect(neighbourStep(layout, 'gone', 'right')).toBeNull();
  });
});
