import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../../../shared/vsm/computeMetrics';
import { COLUMN_WIDTH, dropTarget, layoutMap } from '../../../../../shared/vsm/layout';
import { linearMap } from '../vsmTestMaps';

const map = linearMap([
  ['A', 1, 0],
  ['B', 1, 0],
  ['C', 1, 0],
  ['D', 1, 0],
]);
const layout = layoutMap(map, computeMetrics(map));
const second = layout.steps[1]!;

describe('dropTarget', () => {
  it('moves by the nearest whole number of columns', () => {
    expect(dropTarget(second, COLUMN_WIDTH * 0.6, layout.columnCount).offset).toBe(1);
    expect(dropTarget(second, -COLUMN_WIDTH * 0.6, layout.columnCount).offset).toBe(-1);
    expect(dropTarget(second, COLUMN_WIDTH * 0.4, layout.columnCount)).toEqual({
      offset: 0,
      indicatorX: null,
    });
  });

  it('never moves a step off either end of the flow', () => {
    expect(dropTarget(second, COLUMN_WIDTH * 9, layout.columnCount).offset).toBe(2);
    expect(dropTarget(second, -COLUMN_WIDTH * 9, layout.columnCount).offset).toBe(-1);
  });

  it('shows the indicator in the gap the step lands in', () => {
    const later = dropTarget(second, COLUMN_WIDTH, layout.columnCount).indicatorX!;
    const third = layout.steps[2]!.processBox;
    const fourth = layout.steps[3]!.processBox;
    expect(later).toBeGreaterThan(third.x + third.width);
    expect(later).toBeLessThan(fourth.x);

    const earlier = dropTarget(second, -COLUMN_WIDTH, layout.columnCount).indicatorX!;
    expect(earlier).toBeLessThan(layout.steps[0]!.processBox.x);
  });
});
