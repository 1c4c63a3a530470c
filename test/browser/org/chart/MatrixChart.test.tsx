import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { OrgSelection } from '../../../../renderer/org/orgSelection';
import { scenarioModel } from '../../../../shared/org/scenarioModel';
import { MatrixChart, nextRegion } from '../../../../renderer/org/chart/MatrixChart';
import { matrixLayout } from '../../../../renderer/org/chart/matrixLayout';
import { chipLoads } from '../../../../renderer/org/chart/personLoad';
import '../../../../renderer/app/app.css';
import '../../../../renderer/org/org.css';
import { largeDesign } from '../../../unit/shared/org/orgTestDesigns';

describe('nextRegion', () => {
  const region = { x: -400, y: -400, width: 1600, height: 1200 };

  it('keeps the same region while the view moves a little inside it', () => {
    expect(nextRegion(region, { x: 20, y: 10, width: 800, height: 600 })).toBe(region);
  });

  it('moves the region with the view, a quarter screen around it, in whole steps', () => {
    const next = nextRegion(region, { x: 2000, y: 0, width: 800, height: 600 });
    expect(next).toEqual({ x: 1600, y: -400, width: 1600, height: 1200 });
  });

  it('grows the region when the view zooms out', () => {
    const next = nextRegion(region, { x: 0, y: 0, width: 8000, height: 6000 });
    expect(next.width).toBeGreaterThanOrEqual(8000 * 1.5);
    expect(next.height).toBeGreaterThanOrEqual(6000 * 1.5);
  });
});

describe('MatrixChart on a large organisation', () => {
  let root: Root | null = null;
  const container = document.createElement('div');
  container.style.cssText = 'width: 1000px; height: 600px; display: flex';
  afterEach(() => {
    flushSync(() => root?.unmount());
    container.remove();
  });

  function mount(selection: OrgSelection | null = null) {
    const design = largeDesign();
    const model = scenarioModel(design, design.scenarios.s1!);
    document.body.append(container);
    root = createRoot(container);
    flushSync(() =>
      root!.render(
        <MatrixChart
          model={model}
          loads={chipLoads(model)}
          serviceFlags={new Map()}
          selection={selection}
          remote={new Map()}
          onSelect={() => undefined}
          onPlaceInCell={() => undefined}
          onMovePlacement={() => undefined}
          onRemovePlacement={() => undefined}
        />,
      ),
    );
  }

  const cells = () => [...container.querySelectorAll<SVGGElement>('.org-cell')];
  const drawnInFull = (cell: Element) => cell.querySelector('.org-cell-target') !== null;

  it('draws every cell, and the people only in those near the screen', () => {
    mount();
    expect(cells()).toHaveLength(9 * 25);
    expect(drawnInFull(cells()[0]!)).toBe(true);
    expect(drawnInFull(cells().at(-1)!)).toBe(false);
  });

  it('draws in full the far cells of the person selected, so a check can bring them into view', () => {
    const design = largeDesign();
    const model = scenarioModel(design, design.scenarios.s1!);
    const far = matrixLayout(model, chipLoads(model)).cells.findLast(
      (cell) => cell.chips.length > 0,
    )!;
    mount({ kind: 'person', personId: far.chips[0]!.personId });
    const cell = cells().find((each) => each.dataset.cellId === far.id)!;
    expect(drawnInFull(cell)).toBe(true);
  });

  it('draws and focuses a far cell reached by keyboard', async () => {
    mount();
    const first = cells()[0]!.querySelector<SVGElement>('.org-cell-target')!;
    first.focus();
    await userEvent.keyboard('{End}');
    const lastOfRow = cells().find((cell) => cell.dataset.cellId === lastCellOfFirstRow())!;
    await expect.poll(() => drawnInFull(lastOfRow)).toBe(true);
    await expect
      .poll(() => document.activeElement?.closest('.org-cell')?.getAttribute('data-cell-id'))
      .toBe(lastOfRow.dataset.cellId);
  });

  it('keeps the services’ and pools’ names at the frame’s edges, the cell reached clear of them', async () => {
    mount();
    cells()[0]!.querySelector<SVGElement>('.org-cell-target')!.focus();
    await userEvent.keyboard('{End}');
    for (let row = 0; row < 8; row++) await userEvent.keyboard('{ArrowDown}');
    const last = cells().at(-1)!;
    await expect.poll(() => document.activeElement?.closest('.org-cell')).toBe(last);
    const frame = container.querySelector('svg')!.getBoundingClientRect();
    const services = container.querySelector('[data-sticky="top"]')!.getBoundingClientRect();
    const pools = container.querySelector('[data-sticky="left"]')!.getBoundingClientRect();
    // Focus did not scroll the chart inside its frame: the pan alone brought the cell in.
    expect(container.querySelector('.org-chart')!.scrollTop).toBe(0);
    expect(services.top).toBeCloseTo(frame.top, 0);
    expect(pools.left).toBeCloseTo(frame.left, 0);
    const cell = last.querySelector('.org-cell-target')!.getBoundingClientRect();
    expect(cell.top).toBeGreaterThanOrEqual(services.bottom);
    expect(cell.left).toBeGreaterThanOrEqual(pools.right);
  });

  /** The first row's cells are the first 25 in document order. */
  function lastCellOfFirstRow(): string {
    return cells()[24]!.dataset.cellId!;
  }
});
