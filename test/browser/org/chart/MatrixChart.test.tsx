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

  it('is exactly the view when asked for no margin, as for the first paint', () => {
    const view = { x: -24, y: -24, width: 900, height: 560 };
    expect(nextRegion(region, view, 0)).toEqual(view);
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

  const design = largeDesign();
  const model = scenarioModel(design, design.scenarios.s1!);
  const layout = matrixLayout(model, chipLoads(model));

  function mount(
    selection: OrgSelection | null = null,
    remote: { colours: Map<string, string>; names: Map<string, string> } = {
      colours: new Map(),
      names: new Map(),
    },
  ) {
    document.body.append(container);
    root = createRoot(container);
    flushSync(() =>
      root!.render(
        <MatrixChart
          model={model}
          loads={chipLoads(model)}
          serviceFlags={new Map()}
          selection={selection}
          remote={remote.colours}
          remoteNames={remote.names}
          onSelect={() => undefined}
          onPlaceInCell={() => undefined}
          onMovePlacement={() => undefined}
          onRemovePlacement={() => undefined}
        />,
      ),
    );
  }

  const cell = (id: string) =>
    container.querySelector<SVGGElement>(`.org-cell[data-cell-id="${CSS.escape(id)}"]`);
  const focusedCell = () =>
    document.activeElement?.closest('.org-cell')?.getAttribute('data-cell-id');
  const firstCell = layout.cells[0]!;
  const lastOfFirstRow = layout.cells.filter((each) => each.row === 0).at(-1)!;
  const lastCell = layout.cells.at(-1)!;

  it('paints first only the cells on screen, then those a quarter screen around it', async () => {
    mount();
    const view = container.querySelector('svg')!.getBoundingClientRect();
    // A cell wholly right of the frame, within a quarter of its width.
    const beyond = layout.cells.find(
      (each) => each.row === 0 && each.x > view.width && each.x < view.width * 1.2,
    )!;
    expect(beyond).toBeDefined();
    expect(cell(beyond.id)).toBeNull();
    await expect.poll(() => cell(beyond.id)).not.toBeNull();
  });

  it('draws every service and pool, and only the cells near the screen', () => {
    mount();
    expect(container.querySelectorAll('.org-column-header')).toHaveLength(25);
    expect(container.querySelectorAll('.org-row-header')).toHaveLength(9);
    expect(cell(firstCell.id)?.querySelector('.org-chip')).not.toBeNull();
    expect(cell(lastCell.id)).toBeNull();
  });

  it('names the colleague who has a person selected on another laptop, on the chip and in its label', () => {
    const personId = firstCell.chips[0]!.personId;
    mount(null, {
      colours: new Map([[personId, '#1f77b4']]),
      names: new Map([[personId, 'Bob Lindqvist']]),
    });
    const chip = cell(firstCell.id)!.querySelector(`.org-chip[data-person-id="${personId}"]`)!;
    expect(chip.querySelector('.org-chip-remote-name')?.textContent).toBe('Bob Lindqvist');
    expect(chip.getAttribute('aria-label')).toMatch(/; selected by Bob Lindqvist$/);
  });

  it('draws the far cells of the person selected, so a check can bring them into view', () => {
    const far = layout.cells.findLast((each) => each.chips.length > 0)!;
    mount({ kind: 'person', personId: far.chips[0]!.personId });
    expect(cell(far.id)?.querySelector('.org-chip')).not.toBeNull();
  });

  it('draws and focuses a far cell reached by keyboard', async () => {
    mount();
    cell(firstCell.id)!.querySelector<SVGElement>('.org-cell-target')!.focus();
    await userEvent.keyboard('{End}');
    await expect.poll(focusedCell).toBe(lastOfFirstRow.id);
  });

  it('keeps the services’ and pools’ names at the frame’s edges, the cell reached clear of them', async () => {
    mount();
    cell(firstCell.id)!.querySelector<SVGElement>('.org-cell-target')!.focus();
    await userEvent.keyboard('{End}');
    for (let row = 0; row < 8; row++) await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedCell).toBe(lastCell.id);
    const frame = container.querySelector('svg')!.getBoundingClientRect();
    const services = container.querySelector('[data-sticky="top"]')!.getBoundingClientRect();
    const pools = container.querySelector('[data-sticky="left"]')!.getBoundingClientRect();
    // Focus did not scroll the chart inside its frame: the pan alone brought the cell in.
    expect(container.querySelector('.org-chart')!.scrollTop).toBe(0);
    expect(services.top).toBeCloseTo(frame.top, 0);
    expect(pools.left).toBeCloseTo(frame.left, 0);
    const target = cell(lastCell.id)!.querySelector('.org-cell-target')!.getBoundingClientRect();
    expect(target.top).toBeGreaterThanOrEqual(services.bottom);
    expect(target.left).toBeGreaterThanOrEqual(pools.right);
  });
});
