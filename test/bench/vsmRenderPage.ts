// The page the map-render benchmark loads (built by vsmRender.bench.ts): mounts MapCanvas
// with a branched map and times edits and drag frames inside the browser.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MapCanvas } from '../../renderer/vsm/map/MapCanvas';
import { computeMetrics, type Step, type ValueStreamMapDoc } from '../../shared/vsm';
import { branchedMap } from '../unit/shared/vsm/vsmTestMaps';

export interface VsmRenderBenchPage {
  /** Renders a branched map of `stepCount` steps; returns the mount time in ms. */
  mount(stepCount: number): number;
  /** Applies `count` single-field edits, a frame apart; ms of synchronous render per edit. */
  edit(count: number): Promise<number[]>;
  /** Screen centre of the n-th step's process box. */
  stepCentre(n: number): { x: number; y: number };
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
  mount(stepCount) {
    map = branchedMap(stepCount);
    const started = performance.now();
    flushSync(() => render());
    return performance.now() - started;
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
  stepCentre(n) {
    const boxes = host.querySelectorAll('[data-step-id] .vsm-map-process');
    const box = boxes[n]!.getBoundingClientRect();
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
