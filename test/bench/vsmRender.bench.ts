import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { from } from '@automerge/automerge';
import { build } from 'vite';
import { startBrowserHost } from '../../main/host/BrowserHost';
import type { ValueStreamMapDoc } from '../../shared/vsm';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import { branchedMap } from '../unit/shared/vsm/vsmTestMaps';
import { importFiles, mainThreadCpuMeter, WAIT_FOR_IDLE, workshopFile } from './benchWorkshops';
import { summarize } from './stats';
import type { VsmRenderBenchPage } from './vsmRenderPage';

const PAGE_ENTRY = path.resolve('test/bench/vsmRenderPage.ts');
const RENDERER = path.resolve('dist/renderer');
const OPEN_RUNS = 7;
// localhost counts as a secure context, which crypto.randomUUID (new ids) needs.
const ORIGIN = 'http://localhost';
/** Edits before measuring, so the JIT has compiled the render path (as in a long session). */
const WARM_UP_EDITS = 30;
const EDITS = 100;
const DRAG_MOVES = 120;
/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

type BenchWindow = { vsmRenderBench: VsmRenderBenchPage };

/**
 * Milliseconds of JavaScript per single-field edit for the value stream map canvas (React
 * render and commit, timed around flushSync in the page; metrics are computed before and
 * benchmarked on their own) on branched maps of 200 and 1000 steps, and frames dropped while
 * a step is dragged on the 200-step map with real mouse input.
 * Goals: 200 steps ≤ 8 ms, 1000 steps ≤ 33 ms, no dropped frames during a drag.
 */
export async function benchVsmRender() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'obeya-vsm-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    await buildPage(outDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const file = path.join(outDir, new URL(route.request().url()).pathname);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      await route.fulfill({ body: await readFile(file), contentType: type });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'vsmRenderBench' in window);

    const mount200 = await page.evaluate(() =>
      (window as unknown as BenchWindow).vsmRenderBench.mount(200),
    );
    // Edits and drags are measured where people make them: zoomed in to a readable scale.
    const zoomClicks200 = await page.evaluate(() =>
      (window as unknown as BenchWindow).vsmRenderBench.zoomToReadable(),
    );
    const edit200 = await timeEdits(page);
    const drag = await dragFrames(page);
    const mount1000 = await page.evaluate(() =>
      (window as unknown as BenchWindow).vsmRenderBench.mount(1000),
    );
    await page.evaluate(() => (window as unknown as BenchWindow).vsmRenderBench.zoomToReadable());
    const edit1000 = await timeEdits(page);
    const openMap200 = await openMapInApp(browser, 200);

    return {
      edit200: { ...summarize(edit200), goal: 8 },
      edit1000: { ...summarize(edit1000), goal: 33 },
      droppedFramesDuringDrag: drag.dropped,
      drag,
      mountToFrameMs: {
        steps200: round(mount200.ms),
        steps1000: round(mount1000.ms),
        stepsWithText200: mount200.stepsWithText,
      },
      zoomClicksToReadable200: zoomClicks200,
      openMap200InAppMs: { ...summarize(openMap200.wall), goal: 300 },
      openMap200InAppMainThreadCpuMs: summarize(openMap200.mainThreadCpu),
    };
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

const CLICK_AND_TIME_MAP_OPEN = (steps: number) => `new Promise((resolve) => {
  const link = document.querySelector('.artefact-list a');
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('[data-step-id]').length < ${steps}) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
  });
  observer.observe(document.body, { subtree: true, childList: true });
  link.click();
})`;

/**
 * Opening a map in the app on the browser host: from the click on its name in the workshop's
 * home (page idle) to the first frame showing all its steps — loading the document from
 * IndexedDB, the editor's code, metrics, the canvas, the panels and the browser's layout.
 */
async function openMapInApp(
  browser: Browser,
  steps: number,
): Promise<{ wall: number[]; mainThreadCpu: number[] }> {
  const host = await startBrowserHost({ root: RENDERER });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
    const map = from(branchedMap(steps) as ValueStreamMapDoc & Record<string, unknown>);
    await importFiles(page, [{ name: 'map.obeya', bytes: workshopFile('Map open', [map]) }]);
    await page.locator('a.workshop-title').first().click();
    await page.locator('.artefact-list a').first().waitFor();
    const home = page.url();
    const wall: number[] = [];
    const mainThreadCpu: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      const tab = await context.newPage();
      const cpu = await mainThreadCpuMeter(tab);
      await tab.goto(home);
      await tab.locator('.artefact-list a', { hasText: 'Benchmark' }).waitFor();
      await tab.evaluate(WAIT_FOR_IDLE);
      const before = await cpu();
      wall.push((await tab.evaluate(CLICK_AND_TIME_MAP_OPEN(steps))) as number);
      mainThreadCpu.push((await cpu()) - before);
      await tab.close();
    }
    return { wall, mainThreadCpu };
  } finally {
    await context.close();
    await host.close();
  }
}

/** Builds the bench page (production React) from a throwaway index.html importing the entry. */
async function buildPage(outDir: string): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'obeya-vsm-bench-src-'));
  try {
    await writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8">' +
        '<style>html,body{margin:0;height:100%}#root{height:100vh}</style></head>' +
        `<body><div id="root"></div><script type="module">import ${JSON.stringify(PAGE_ENTRY)};</script></body></html>`,
    );
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'warn',
      mode: 'production',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'esnext' },
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function timeEdits(page: Page): Promise<number[]> {
  await page.evaluate(
    (n) => (window as unknown as BenchWindow).vsmRenderBench.edit(n),
    WARM_UP_EDITS,
  );
  return page.evaluate((n) => (window as unknown as BenchWindow).vsmRenderBench.edit(n), EDITS);
}

/**
 * Frames while the mouse moves over the map without a button (input alone, the baseline) and
 * then while it drags a step sideways, one move per frame.
 */
async function dragFrames(page: Page) {
  const start = await page.evaluate(() =>
    (window as unknown as BenchWindow).vsmRenderBench.stepCentre(),
  );
  const sweep = async () => {
    await page.evaluate(() => (window as unknown as BenchWindow).vsmRenderBench.startFrames());
    for (let i = 1; i <= DRAG_MOVES; i++) {
      await page.mouse.move(start.x + i * 2, start.y);
      await page.waitForTimeout(FRAME_MS);
    }
    return page.evaluate(() => (window as unknown as BenchWindow).vsmRenderBench.stopFrames());
  };

  await page.mouse.move(start.x, start.y);
  const hover = await sweep();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const during = await sweep();
  await page.mouse.up();
  const moves = await page.evaluate(() =>
    (window as unknown as BenchWindow).vsmRenderBench.moves(),
  );

  return {
    dropped: droppedFrames(during.frames),
    frames: during.frames.length,
    longestFrameMs: round(Math.max(...during.frames)),
    pointerMoveMs: summarize(during.pointerMoves, 3),
    withoutDragDroppedFrames: droppedFrames(hover.frames),
    movesReported: moves,
  };
}

/** Frames missed: an interval of k frame periods (rounded) missed k − 1 frames. */
function droppedFrames(intervals: number[]): number {
  return intervals.reduce(
    (sum, interval) => sum + Math.max(0, Math.round(interval / FRAME_MS) - 1),
    0,
  );
}

function round(value: number): number {
  return Number(value.toFixed(2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchVsmRender(), null, 2));
}
