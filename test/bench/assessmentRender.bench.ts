import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import type { AssessmentRenderBenchPage } from './assessmentRenderPage';
import { summarize } from './stats';

const PAGE_ENTRY = path.resolve('test/bench/assessmentRenderPage.ts');
const ORIGIN = 'http://localhost';
/** Answers before measuring, so the JIT has compiled the render path (as in a long session). */
const WARM_UP_ANSWERS = 30;
const ANSWERS = 100;

type BenchWindow = { assessmentRenderBench: AssessmentRenderBenchPage };

/**
 * Milliseconds of JavaScript for the facilitator view to show one more answer: the round's
 * figures worked out again (aggregateRound on the Automerge document) and the item cards
 * re-rendered, each unchanged card skipped. 30 respondents × 60 items × 4 rounds, the latest
 * round revealed, in production React. Goal: ≤ 16 ms median (one frame at 60 Hz).
 */
export async function benchAssessmentRender() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'obeya-assessment-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    await buildPage(outDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
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
    await page.waitForFunction(() => 'assessmentRenderBench' in window, undefined, {
      timeout: 60_000,
    });
    const mount = await page.evaluate(() =>
      (window as unknown as BenchWindow).assessmentRenderBench.mount(),
    );
    const afterOneAnswer = await timeAnswers(page);
    return {
      afterOneAnswer: { ...summarize(afterOneAnswer), goal: 16 },
      mountToFrameMs: Number(mount.ms.toFixed(1)),
      itemCards: mount.cards,
    };
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

async function timeAnswers(page: Page): Promise<number[]> {
  await page.evaluate(
    (n) => (window as unknown as BenchWindow).assessmentRenderBench.answers(n),
    WARM_UP_ANSWERS,
  );
  return page.evaluate(
    (n) => (window as unknown as BenchWindow).assessmentRenderBench.answers(n),
    ANSWERS,
  );
}

/** Builds the bench page (production React) from a throwaway index.html importing the entry. */
async function buildPage(outDir: string): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'obeya-assessment-bench-src-'));
  try {
    await writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"></head>' +
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchAssessmentRender()));
}
