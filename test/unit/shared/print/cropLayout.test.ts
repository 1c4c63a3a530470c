import { describe, expect, it } from 'vitest';
import { cropLayout } from '../../../../shared/print/cropLayout';
import { addKaizen } from '../../../../shared/vsm/kaizenChanges';
import { computeMetrics } from '../../../../shared/vsm/computeMetrics';
import { layoutMap } from '../../../../shared/vsm/layout';
import { linearMap } from '../vsm/vsmTestMaps';

/** Ten steps in a row, a kaizen on the first and on the last. */
function tenStepLayout() {
  const map = linearMap(
    Array.from({ length: 10 }, (_, i): [string, number, number] => [`Step ${i + 1}`, 1, 2]),
  );
  addKaizen(map, { attachedTo: { stepId: 's1' }, problem: 'First' }, () => 'k1');
  addKaizen(map, { attachedTo: { stepId: 's10' }, problem: 'Last' }, () => 'k10');
  return layoutMap(map, computeMetrics(map));
}

describe('cropLayout', () => {
  it('keeps the whole layout for a window over the whole drawing', () => {
    const layout = tenStepLayout();
    const cropped = cropLayout(layout, { x: 0, y: 0, width: layout.width, height: layout.height });
    expect(cropped).toEqual(layout);
  });

  it('keeps only what shows through a tile over the first steps', () => {
    const layout = tenStepLayout();
    const third = layout.steps.find((step) => step.stepId === 's3')!;
    const window = { x: 0, y: 0, width: third.processBox.x, height: layout.height };
    const cropped = cropLayout(layout, window);

    expect(cropped.steps.map((step) => step.stepId)).toEqual(['s1', 's2', 's3']);
    expect(cropped.kaizens.map((kaizen) => kaizen.kaizenId)).toEqual(['k1']);
    expect(cropped.handoffs.length).toBeLessThan(layout.handoffs.length);
    expect(cropped.handoffs.every(({ from }) => ['s1', 's2', 's3'].includes(from))).toBe(true);
    expect(cropped.ladder.steps.length).toBeLessThan(layout.ladder.steps.length);
    // What the tile shows stays where it was: the drawing is cut, not moved.
    expect(cropped.steps[0]).toBe(layout.steps[0]);
    expect(cropped.width).toBe(layout.width);
  });

  it('keeps an item whose label reaches into the window from beside it', () => {
    const layout = tenStepLayout();
    const second = layout.steps.find((step) => step.stepId === 's2')!.processBox;
    // A window just right of step 2's box: its labels (within 120 units) may still show.
    const window = { x: second.x + second.width + 100, y: 0, width: 50, height: layout.height };
    expect(cropLayout(layout, window).steps.map((step) => step.stepId)).toContain('s2');
  });

  it('drops everything for a window beyond the drawing', () => {
    const layout = tenStepLayout();
    const cropped = cropLayout(layout, { x: layout.width + 500, y: 0, width: 100, height: 100 });
    expect(cropped.steps).toEqual([]);
    expect(cropped.kaizens).toEqual([]);
    expect(cropped.handoffs).toEqual([]);
    expect(cropped.ladder.steps).toEqual([]);
  });
});
