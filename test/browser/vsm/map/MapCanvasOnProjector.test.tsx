import '../../../../renderer/app/app.css';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MapCanvas } from '../../../../renderer/vsm/map/MapCanvas';
import { computeMetrics, type ValueStreamMapDoc } from '../../../../shared/vsm';
import { DATA_BOX_HEIGHT, MAP_GEOMETRY } from '../../../../shared/vsm/layout';
import { paymentsChangeMap, twentyStepMap } from './workshopMaps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The editor's map canvas on each screen (the window less the top bar, tabs and side panel). */
const SCREENS = [
  { name: '1280×720', width: 1280, height: 720, canvas: { width: 908, height: 530 } },
  { name: '1920×1080', width: 1920, height: 1080, canvas: { width: 1549, height: 941 } },
] as const;

const MAPS = [
  { name: '8-step', make: paymentsChangeMap },
  { name: '20-step', make: twentyStepMap },
] as const;

describe('MapCanvas on a projector', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  async function open(
    map: ValueStreamMapDoc,
    screen: (typeof SCREENS)[number],
    fontFamily?: string,
  ): Promise<SVGSVGElement> {
    await page.viewport(screen.width, screen.height);
    container.style.width = `${screen.canvas.width}px`;
    container.style.height = `${screen.canvas.height}px`;
    if (fontFamily) container.style.fontFamily = fontFamily;
    await document.fonts.load('600 13px Inter');
    act(() =>
      root.render(
        <MapCanvas
          map={map}
          metrics={computeMetrics(map)}
          selectedStepId={null}
          onSelectStep={() => undefined}
          onOpenStep={() => undefined}
          onMoveStep={() => undefined}
        />,
      ),
    );
    // A face that finished loading after the first render fits the text again.
    await act(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    return container.querySelector<SVGSVGElement>('svg.vsm-map-svg')!;
  }

  /** Every label drawn, with its size on screen in CSS pixels. */
  function renderedLabels(svg: SVGSVGElement): { text: string; px: number }[] {
    return [...svg.querySelectorAll<SVGTextElement>('text')]
      .filter((text) => getComputedStyle(text).display !== 'none' && text.textContent !== '')
      .map((text) => ({
        text: text.textContent ?? '',
        px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a,
      }));
  }

  for (const screen of SCREENS) {
    for (const { name, make } of MAPS) {
      it(`opens the ${name} map at ${screen.name} with every label at 12 px or more`, async () => {
        const svg = await open(make(), screen);
        const labels = renderedLabels(svg);
        expect(labels.length).toBeGreaterThan(30);
        const small = labels.filter((label) => label.px < 11.99);
        expect(small.map((label) => `${label.text}: ${label.px.toFixed(1)} px`)).toEqual([]);
      });

      it(`opens the ${name} map at ${screen.name} using the height of the canvas`, async () => {
        const svg = await open(make(), screen);
        const top = svg.querySelector('.vsm-map-viewport')!.getBoundingClientRect().top;
        const bottom = svg.querySelector('.vsm-map-ladder-band')!.getBoundingClientRect().bottom;
        const canvas = svg.getBoundingClientRect();
        expect((Math.min(bottom, canvas.bottom) - top) / canvas.height).toBeGreaterThan(0.7);
        // The start of the stream is on screen: the supplier and the first step.
        const supplier = svg.querySelector('[data-party="supplier"]')!.getBoundingClientRect();
        expect(supplier.left).toBeGreaterThanOrEqual(canvas.left);
        expect(supplier.top).toBeGreaterThanOrEqual(canvas.top);
      });
    }

    it(`keeps the lead-time ladder on screen and in step with the steps at ${screen.name}`, async () => {
      const svg = await open(twentyStepMap(), screen);
      const canvas = svg.getBoundingClientRect();
      const first = svg.querySelector('[data-step-id]')!;
      const stepId = first.getAttribute('data-step-id')!;
      const box = first.querySelector('.vsm-map-process')!.getBoundingClientRect();
      const rung = svg
        .querySelector(`[data-step-rungs="${stepId}"] [data-rung="process"] line`)!
        .getBoundingClientRect();
      expect(rung.bottom).toBeLessThanOrEqual(canvas.bottom);
      expect(rung.left).toBeCloseTo(box.left, 0);
      expect(rung.right).toBeCloseTo(box.right, 0);
    });
  }

  it('opens again for the new size when a projector changes the window, unless the view was moved', async () => {
    const svg = await open(paymentsChangeMap(), SCREENS[1]);
    const scale = () => svg.querySelector<SVGGElement>('.vsm-map-viewport')!.getScreenCTM()!.a;
    const resize = async (screen: (typeof SCREENS)[number]) => {
      container.style.width = `${screen.canvas.width}px`;
      container.style.height = `${screen.canvas.height}px`;
      await act(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
    };
    const large = scale();
    await resize(SCREENS[0]);
    expect(scale()).toBeLessThan(large);
    expect(scale()).toBeGreaterThanOrEqual(1);
    expect(svg.querySelector('.vsm-map-ladder-band')!.classList).not.toContain('is-pinned');

    await userEvent.click(container.querySelector('[aria-label="Zoom in"]')!);
    const chosen = scale();
    await resize(SCREENS[1]);
    expect(scale()).toBeCloseTo(chosen);
  });

  it('shows the whole stream on demand with Fit', async () => {
    const svg = await open(twentyStepMap(), SCREENS[0]);
    await userEvent.click(container.querySelector('[aria-label="Fit"]')!);
    const canvas = svg.getBoundingClientRect();
    for (const part of ['.vsm-map-viewport', '.vsm-map-ladder-band']) {
      const drawing = svg.querySelector(part)!.getBoundingClientRect();
      expect(drawing.left).toBeGreaterThanOrEqual(canvas.left);
      expect(drawing.right).toBeLessThanOrEqual(canvas.right);
      expect(drawing.top).toBeGreaterThanOrEqual(canvas.top);
      expect(drawing.bottom).toBeLessThanOrEqual(canvas.bottom);
    }
  });

  it('loads the app’s own Inter for the screen', async () => {
    await document.fonts.load('600 13px Inter');
    const inter = [...document.fonts].filter(
      (face) => face.family.replace(/["']/g, '') === 'Inter' && face.status === 'loaded',
    );
    expect(inter.length).toBeGreaterThan(0);
  });

  for (const fontFamily of [undefined, "'DejaVu Sans', sans-serif"]) {
    it(`keeps every name and figure inside its box in ${fontFamily ?? 'the app font'}`, async () => {
      const svg = await open(paymentsChangeMap(), SCREENS[0], fontFamily);
      const { boxWidth, boxHeight } = MAP_GEOMETRY;
      const outside: string[] = [];
      for (const box of svg.querySelectorAll<SVGGElement>('[data-step-id]')) {
        for (const text of box.querySelectorAll<SVGTextElement>(':scope > text, g > text')) {
          if (text.closest('.vsm-map-remote')) continue;
          const bbox = text.getBBox();
          const inName = !text.closest('.vsm-map-data-row');
          const bottom = inName ? boxHeight : boxHeight + DATA_BOX_HEIGHT;
          if (bbox.x < 0 || bbox.x + bbox.width > boxWidth || bbox.y < 0 || bbox.y > bottom) {
            outside.push(text.textContent ?? '');
          }
        }
      }
      for (const party of svg.querySelectorAll<SVGGElement>('[data-party]')) {
        const icon = party.querySelector('path')!.getBBox();
        for (const text of party.querySelectorAll<SVGTextElement>('text')) {
          const bbox = text.getBBox();
          if (bbox.x < icon.x || bbox.x + bbox.width > icon.x + icon.width) {
            outside.push(text.textContent ?? '');
          }
        }
      }
      expect(outside).toEqual([]);
    });
  }

  it('wraps long names into lines rather than cutting them, with the full name on hover', async () => {
    const map = paymentsChangeMap();
    const svg = await open(map, SCREENS[1]);
    const step = map.steps.find((candidate) => candidate.name.startsWith('Requirements'))!;
    const box = svg.querySelector(`[data-step-id="${step.id}"]`)!;
    const lines = [...box.querySelectorAll('.vsm-map-step-name')].map((line) => line.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(step.name);
    expect(box.querySelector('title')!.textContent).toBe(step.name);
    const supplier = svg.querySelector('[data-party="supplier"]')!;
    const supplierLines = [...supplier.querySelectorAll('.vsm-map-party-name')];
    expect(supplierLines.map((line) => line.textContent).join(' ')).toBe(map.supplier);
  });
});
