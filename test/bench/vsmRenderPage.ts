// The page the map-render benchmark loads (built by vsmRender.bench.ts): mounts MapCanvas
// with a branched map and times edits and drag frames inside the browser.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MapCanvas } from '../../renderer/vsm/map/MapCanvas';
import { computeMetrics, type Step, type ValueStreamMapDoc } from '../../shared/vsm';
import { branchedMap } from '../unit/shared/vsm/vsmTestMaps';

export interface VsmRenderBenchPage {
  /**
   * Renders a branched map of `stepCount` steps fitted whole, as opening it does; returns ms
   * from render to the next frame (React, style, layout), and how many step boxes show text.
   */
  mount(stepCount: number): Promise<{ ms: number; stepsWithText: number }>;
  /** Zooms in with the toolbar until the map is drawn at a readable scale; clicks needed. */
  zoomToReadable(): Promise<number>;
  /** Applies `count` single-field edits, a frame apart; ms of synchronous render per edit. */
  edit(count: number): Promise<number[]>;
  /** Screen centre of the process box of a step in the middle of the view. */
  stepCentre(): { x: number; y: number };
  /** Starts recording animation frames and how long each pointermove takes to handle. */
  startFrames(): void;
  /** Intervals between animation frames since startFrames, and pointermove handling times, in ms. */
  stopFrames(): { frames: number[]; pointerMoves: number[] };
  /** How many moves the canvas reported (onMoveStep). */
  moves(): number;
}

const host = document.getElementById('root')!;
const root = createRoot(host);
let map: ValueStreamMapDoc;
let movesReported = 0;

function render(metrics = computeMetrics(map)): void {
  root.render(
    createElement(MapCanvas, {
      map,
      metrics,
      selectedStepId: map.steps[3]!.id,
      onSelectStep: () => undefined,
      onOpenStep: () => undefined,
      onMoveStep: () => void movesReported++,
      onOpenKaizen: () => undefined,
    }),
  );
}

/**
 * One field of one step changes, the rest keeps its identity — what an Automerge change
 * gives the editor. Cycles through a text, a %C&A and a process-time edit.
 */
function editOnce(i: number): void {
  const index = (i * 37) % map.steps.length;
  const step = map.steps[index]!;
  const kinds: ((s: Step) => Step)[] = [
    (s) => ({ ...s, name: `Step ${i}` }),
    (s) => ({ ...s, completeAndAccurate: 80 + (i % 20) }),
    (s) => ({ ...s, processTime: { ...s.processTime, value: s.processTime.value / 2 } }),
  ];
  const steps = map.steps.slice();
  steps[index] = kinds[i % kinds.length]!(step);
  map = { ...map, steps };
}

let frames: number[] = [];
let pointerMoves: number[] = [];
let recording = false;
function recordFrame(time: number): void {
  frames.push(time);
  if (recording) requestAnimationFrame(recordFrame);
}
// Window capture runs before React's listener on the root, window bubble after it.
let moveStarted = 0;
window.addEventListener('pointermove', () => (moveStarted = performance.now()), { capture: true });
window.addEventListener('pointermove', () => {
  if (recording) pointerMoves.push(performance.now() - moveStarted);
});

const page: VsmRenderBenchPage = {
  async mount(stepCount) {
    map = branchedMap(stepCount);
    flushSync(() => root.render(null));
    const started = performance.now();
    flushSync(() => render());
    await new Promise(requestAnimationFrame);
    const ms = performance.now() - started;
    return { ms, stepsWithText: host.querySelectorAll('[data-step-id]:has(text)').length };
  },
  async zoomToReadable() {
    const zoomIn = host.querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!;
    let clicks = 0;
    while (host.querySelector('.is-overview') && clicks < 40) {
      zoomIn.click();
      clicks++;
      await new Promise(requestAnimationFrame);
    }
    return clicks;
  },
  async edit(count) {
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      editOnce(i);
      // Metrics are the editor's work, computed once per change and benchmarked on their own.
      const metrics = computeMetrics(map);
      const started = performance.now();
      flushSync(() => render(metrics));
      samples.push(performance.now() - started);
      await new Promise(requestAnimationFrame);
    }
    return samples;
  },
  stepCentre() {
    const middle = innerWidth / 2;
    const boxes = [...host.querySelectorAll('[data-step-id] .vsm-map-process')].map((element) =>
      element.getBoundingClientRect(),
    );
    const box = boxes
      .filter((rect) => rect.top > 0 && rect.bottom < innerHeight)
      .sort((a, b) => Math.abs(a.x - middle) - Math.abs(b.x - middle))[0]!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  startFrames() {
    frames = [];
    pointerMoves = [];
    recording = true;
    requestAnimationFrame(recordFrame);
  },
  stopFrames() {
    recording = false;
    return { frames: frames.slice(1).map((time, i) => time - frames[i]!), pointerMoves };
  },
  moves: () => movesReported,
};

(window as unknown as { vsmRenderBench: VsmRenderBenchPage }).vsmRenderBench = page;
