import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { MapCanvas, type MapCanvasProps } from '../../../../renderer/vsm/map/MapCanvas';
import {
  addKaizen,
  connectSteps,
  disconnectSteps,
  computeMetrics,
  updateMapDetails,
  formatDuration,
  fromTemplate,
  orderedSteps,
  updateStep,
  type ValueStreamMapDoc,
} from '../../../../shared/vsm';

import { paymentsChangeMap } from './workshopMaps';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const hours = (value: number) => formatDuration({ value, unit: 'hours' });

describe('MapCanvas', () => {
  let container: HTMLDivElement;
  let root: Root;
  let map: ValueStreamMapDoc;
  let handlers: {
    onSelectStep: ReturnType<typeof vi.fn<MapCanvasProps['onSelectStep']>>;
    onOpenStep: ReturnType<typeof vi.fn<MapCanvasProps['onOpenStep']>>;
    onMoveStep: ReturnType<typeof vi.fn<MapCanvasProps['onMoveStep']>>;
    onOpenKaizen: ReturnType<typeof vi.fn<(kaizenId: string) => void>>;
  };

  beforeEach(async () => {
    await page.viewport(2560, 900);
    container = document.createElement('div');
    // Wide enough that the 8-step template fits whole at a readable scale (a wall screen).
    container.style.width = '2500px';
    container.style.height = '600px';
    document.body.append(container);
    root = createRoot(container);
    map = fromTemplate('software-delivery', Date.now());
    handlers = {
      onSelectStep: vi.fn(),
      onOpenStep: vi.fn(),
      onMoveStep: vi.fn(),
      onOpenKaizen: vi.fn(),
    };
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  function render(props: Partial<MapCanvasProps> = {}): void {
    act(() =>
      root.render(
        <MapCanvas
          map={map}
          metrics={computeMetrics(map)}
          selectedStepId={null}
          {...handlers}
          {...props}
        />,
      ),
    );
  }

  const flow = () => orderedSteps(map);
  const stepIdNamed = (name: string) => map.steps.find((step) => step.name === name)!.id;
  const box = (stepId: string) =>
    container.querySelector<SVGGElement>(`[data-step-id="${stepId}"]`)!;
  const figure = (stepId: string, label: string) =>
    box(stepId).querySelector(`[data-figure="${label}"] .vsm-map-data-value`)?.textContent;

  it('labels the map with its title and shows every step by name', () => {
    render();
    expect(container.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Value stream map of Software delivery pipeline',
    );
    expect(container.querySelectorAll('[data-step-id]')).toHaveLength(8);
    for (const step of map.steps) {
      expect(box(step.id).querySelector('title')!.textContent).toBe(step.name);
      expect(box(step.id).textContent).toContain(step.name);
    }
  });

  it('shows process time, lead time and wait in each data box', () => {
    render();
    const review = stepIdNamed('Code review');
    expect(figure(review, 'PT')).toBe(hours(1));
    expect(figure(review, 'LT')).toBe(hours(9));
    expect(figure(review, 'Wait')).toBe(hours(8));
    expect(figure(stepIdNamed('Development'), 'PT')).toBe(hours(16));
    expect(figure(stepIdNamed('Development'), 'LT')).toBe(hours(16));
    expect(box(review).getAttribute('aria-label')).toBe(
      `Code review: process time ${hours(1)}, lead time ${hours(9)}, wait ${hours(8)}, %C&A 85 %`,
    );
  });

  it('shows every time in the map’s display unit, the time as entered on hover', () => {
    map = paymentsChangeMap();
    render();
    const review = stepIdNamed('Code review');
    expect(figure(review, 'PT')).toBe('0.75 h');
    expect(figure(review, 'LT')).toBe('23.5 h');
    expect(figure(review, 'Wait')).toBe('22.75 h');
    const hover = (label: string) =>
      box(review).querySelector(`[data-figure="${label}"] title`)?.textContent;
    expect(hover('LT')).toBe('Lead time as entered: 1,410 min');
    expect(hover('PT')).toBe('Process time as entered: 45 min');
    const triangle = container.querySelector(`[data-inventory-for="${review}"]`)!;
    expect(triangle.querySelector('.vsm-map-inventory-label')!.textContent).toBe('22.75 h');
    expect(triangle.querySelector('title')!.textContent).toContain('1,365 min');
    const rung = container.querySelector(`[data-step-rungs="${review}"] [data-rung="wait"]`)!;
    expect(rung.querySelector('text')!.textContent).toBe('22.75 h');
    const units = [...container.querySelectorAll('.vsm-map-data-value, .vsm-map-rung text')]
      .map((text) => /[a-z]+$/.exec(text.textContent ?? '')?.[0])
      .filter((unit) => unit !== undefined);
    expect(new Set(units)).toEqual(new Set(['h']));

    updateMapDetails(map, { timeConventions: { displayUnit: 'days' } });
    // A new document version, as Automerge gives the editor after a change.
    map = structuredClone(map);
    render();
    expect(figure(review, 'LT')).toBe('2.94 d');
    expect(figure(stepIdNamed('Change request intake'), 'PT')).toBe('0.063 d');
    expect(box(review).getAttribute('aria-label')).toContain('lead time 2.94 d');
  });

  it('marks the biggest wait red in the step, its inventory triangle and its ladder rung', () => {
    render();
    const approval = stepIdNamed('Release approval');
    expect(box(approval).dataset.biggestWait).toBe('true');
    expect(figure(approval, 'Wait')).toBe(hours(24));
    const triangle = container.querySelector(`[data-inventory-for="${approval}"]`)!;
    expect(triangle.classList).toContain('is-red');
    expect(triangle.textContent).toContain(hours(24));
    const rung = container.querySelector(`[data-step-rungs="${approval}"] [data-rung="wait"]`)!;
    expect(rung.classList).toContain('is-red');
    expect(container.querySelectorAll('[data-biggest-wait]')).toHaveLength(3);
  });

  it('marks the lowest %C&A red', () => {
    render();
    const qa = stepIdNamed('QA');
    expect(box(qa).dataset.worstCompleteAccurate).toBe('true');
    expect(box(qa).querySelector('[data-figure="%C&A"]')!.classList).toContain('is-red');
  });

  it('says in words, not by colour alone, which step waits longest, which has the lowest %C&A and which are on the critical path', () => {
    render();
    const legend = () => page.getByRole('list', { name: 'Legend of the map' });
    expect(legend().element().textContent).toContain('Longest wait and lowest %C&A');
    expect(box(stepIdNamed('Release approval')).getAttribute('aria-label')).toContain(
      'the longest wait in the stream',
    );
    expect(box(stepIdNamed('QA')).getAttribute('aria-label')).toContain(
      'the lowest %C&A in the stream',
    );

    // A branch makes the critical path one route of two, drawn heavier: named as such. The
    // second step becomes a short side branch, off that path.
    const [first, second, third] = flow();
    connectSteps(map, first!.id, third!.id);
    disconnectSteps(map, second!.id, third!.id);
    render({ metrics: computeMetrics(map) });
    expect(legend().element().textContent).toContain('Critical path (longest lead time)');
    const label = (stepId: string) => box(stepId).getAttribute('aria-label');
    expect(label(first!.id)).toContain('on the critical path');
    expect(label(third!.id)).toContain('on the critical path');
    expect(label(second!.id)).not.toContain('on the critical path');
  });

  it('ends the lead-time ladder with the totals of the critical path', () => {
    render();
    expect(container.querySelector('[data-total="lead-time"]')!.textContent).toBe(
      `Lead time ${hours(57.75)}`,
    );
    expect(container.querySelector('[data-total="process-time"]')!.textContent).toBe(
      `Process time ${hours(20.75)}`,
    );
    expect(container.querySelector('[data-total="activity-ratio"]')!.textContent).toBe(
      'Activity ratio 35.93 %',
    );
    expect(container.querySelectorAll('[data-rung]')).toHaveLength(16);
  });

  it('shows a map that fits at a readable scale whole on first render', () => {
    render();
    const svg = container.querySelector('svg')!.getBoundingClientRect();
    const drawing = container.querySelector('.vsm-map-viewport')!.getBoundingClientRect();
    const transform = container.querySelector('.vsm-map-viewport')!.getAttribute('transform');
    expect(Number(/scale\(([\d.]+)\)/.exec(transform!)![1])).toBeGreaterThanOrEqual(1);
    expect(drawing.left).toBeGreaterThanOrEqual(svg.left);
    expect(drawing.right).toBeLessThanOrEqual(svg.right);
  });

  it('opens a map too long to read whole at its start, readable, with text only near the view', () => {
    container.style.width = '400px';
    render();
    const [first] = flow();
    const last = flow().at(-1)!;
    expect(container.querySelector('svg')!.classList).not.toContain('is-overview');
    expect(figure(first!.id, 'PT')).toBe(hours(first!.processTime.value));
    expect(box(last.id).querySelectorAll('text')).toHaveLength(0);
    expect(box(last.id).getAttribute('aria-label')).toContain(last.name);
  });

  it('shows a long map whole as an overview without text, red controls kept, until zoomed in', async () => {
    container.style.width = '400px';
    render();
    const svg = container.querySelector('svg')!;
    await userEvent.click(container.querySelector('[aria-label="Fit"]')!);
    expect(svg.classList).toContain('is-overview');
    expect(container.querySelectorAll('[data-step-id] text')).toHaveLength(0);
    const approval = stepIdNamed('Release approval');
    expect(box(approval).dataset.biggestWait).toBe('true');
    expect(box(approval).getAttribute('aria-label')).toContain(`wait ${hours(24)}`);

    for (let i = 0; i < 4; i++)
      await userEvent.click(container.querySelector('[aria-label="Zoom in"]')!);
    expect(svg.classList).not.toContain('is-overview');
    expect(figure(approval, 'Wait')).toBe(hours(24));
  });

  it('zooms with the toolbar buttons', async () => {
    render();
    const viewport = container.querySelector('.vsm-map-viewport')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(viewport.getAttribute('transform')!)![1]);
    const fitted = scale();
    await userEvent.click(container.querySelector('[aria-label="Zoom in"]')!);
    expect(scale()).toBeCloseTo(fitted * 1.25);
    await userEvent.click(container.querySelector('[aria-label="Zoom out"]')!);
    await userEvent.click(container.querySelector('[aria-label="Zoom out"]')!);
    expect(scale()).toBeCloseTo(fitted / 1.25);
    await userEvent.click(container.querySelector('[aria-label="Fit"]')!);
    expect(scale()).toBeCloseTo(fitted);
  });

  it('puts only the first step in the tab order, or the selected one', () => {
    render();
    const [first, second] = flow();
    expect(container.querySelectorAll('[data-step-id][tabindex="0"]')).toHaveLength(1);
    expect(box(first!.id).tabIndex).toBe(0);

    render({ selectedStepId: second!.id });
    expect(box(first!.id).tabIndex).toBe(-1);
    expect(box(second!.id).tabIndex).toBe(0);
    expect(box(second!.id).getAttribute('aria-pressed')).toBe('true');
    expect(box(second!.id).classList).toContain('is-selected');
  });

  it('moves the selection along the flow with the arrow keys, and opens with Enter', async () => {
    render();
    const [first, second] = flow();
    box(first!.id).focus();

    await userEvent.keyboard('{ArrowRight}');
    expect(handlers.onSelectStep).toHaveBeenLastCalledWith(second!.id);
    expect(document.activeElement).toBe(box(second!.id));

    await userEvent.keyboard('{ArrowLeft}');
    expect(handlers.onSelectStep).toHaveBeenLastCalledWith(first!.id);

    await userEvent.keyboard('{Enter}');
    expect(handlers.onOpenStep).toHaveBeenCalledWith(first!.id);
  });

  it('moves the focused step along the flow with Alt+Arrow', async () => {
    render();
    const [first] = flow();
    box(first!.id).focus();

    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(handlers.onMoveStep).toHaveBeenCalledWith(first!.id, 1);
    expect(handlers.onSelectStep).not.toHaveBeenCalled();
  });

  it('selects a step on click, opens it on double-click, clears the selection on the background', async () => {
    render();
    const qa = stepIdNamed('QA');
    await userEvent.click(box(qa).querySelector('.vsm-map-process')!);
    expect(handlers.onSelectStep).toHaveBeenLastCalledWith(qa);

    await userEvent.dblClick(box(qa).querySelector('.vsm-map-process')!);
    expect(handlers.onOpenStep).toHaveBeenCalledWith(qa);

    await userEvent.click(container.querySelector('svg')!, { position: { x: 5, y: 590 } });
    expect(handlers.onSelectStep).toHaveBeenLastCalledWith(null);
  });

  it('reports a step dragged two columns to the right as a move by two', async () => {
    render();
    const [, second, , fourth] = flow();
    await userEvent.dragAndDrop(
      box(second!.id).querySelector('.vsm-map-process')!,
      box(fourth!.id).querySelector('.vsm-map-process')!,
    );

    expect(handlers.onMoveStep).toHaveBeenCalledWith(second!.id, 2);
    expect(handlers.onSelectStep).not.toHaveBeenCalled();
    expect(container.querySelector('.vsm-map-drag-layer g')!.childElementCount).toBe(0);
    expect(box(second!.id).classList).not.toContain('is-dragging');
  });

  it('opens a kaizen burst on click, showing the first words of its problem and its PDCA phase', async () => {
    const approval = stepIdNamed('Release approval');
    const kaizenId = addKaizen(map, {
      attachedTo: { stepId: approval },
      problem: 'Approvals wait for the weekly change board',
      pdca: 'do',
    });
    render({ onOpenKaizen: handlers.onOpenKaizen });
    const burst = container.querySelector(`[data-kaizen-id="${kaizenId}"]`)!;
    expect(burst.getAttribute('aria-label')).toBe(
      'Kaizen: Approvals wait for the weekly change board (PDCA: Do)',
    );
    expect(burst.textContent).toContain('Approvals');
    expect(burst.querySelector('.vsm-map-pdca-letter')!.textContent).toBe('D');

    await userEvent.click(burst.querySelector('.vsm-map-burst')!);
    expect(handlers.onOpenKaizen).toHaveBeenCalledWith(kaizenId);
    expect(handlers.onSelectStep).not.toHaveBeenCalled();
  });

  it('renders a hostile step name as literal text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [first] = flow();
    updateStep(map, first!.id, { name: hostile });
    render();
    expect(container.querySelector('img')).toBeNull();
    expect(box(first!.id).querySelector('title')!.textContent).toBe(hostile);
    expect(box(first!.id).getAttribute('aria-label')).toContain(hostile);
  });

  it('outlines other people’s selections in their colour with their name', () => {
    const [first] = flow();
    render({ remoteSelections: [{ stepId: first!.id, color: '#8e44ad', name: 'Priya' }] });
    const remote = box(first!.id).querySelector('.vsm-map-remote')!;
    expect(remote.textContent).toBe('Priya');
    expect(remote.querySelector('rect')!.getAttribute('stroke')).toBe('#8e44ad');
  });

  it('shows a loop left by concurrent edits in a banner and outlines its steps red', () => {
    const [first, , third] = flow();
    first!.predecessors[third!.id] = 'push';
    const metrics = computeMetrics(map);
    render({ metrics });
    expect(metrics.ok).toBe(false);
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      !metrics.ok && metrics.message,
    );
    const cycle = [...container.querySelectorAll('.is-in-cycle')].map((element) =>
      element.getAttribute('data-step-id'),
    );
    expect(cycle.sort()).toEqual(
      flow()
        .slice(0, 3)
        .map((step) => step.id)
        .sort(),
    );
    expect(container.querySelectorAll('[data-rung]')).toHaveLength(0);
  });
});
