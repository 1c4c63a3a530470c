import { from, save } from '@automerge/automerge';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startBrowserHost } from '../../main/host/BrowserHost';
import { writeObeyaFile } from '../../shared/file/obeyaFile';
import { addArtefact, newWorkshop } from '../../shared/workshop/workshopChanges';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import { largeDesign } from '../unit/shared/org/orgTestDesigns';
import { importFiles, mainThreadCpuMeter, newDocumentId, WAIT_FOR_IDLE } from './benchWorkshops';
import type { OrgRenderBenchPage } from './orgRenderPage';
import { summarize } from './stats';

const PAGE_ENTRY = path.resolve('test/bench/orgRenderPage.ts');
const RENDERER = path.resolve('dist/renderer');
const ORIGIN = 'http://localhost';
const OPEN_RUNS = 7;
/** Edits before measuring, so the JIT has compiled the render path (as in a long session). */
const WARM_UP_EDITS = 30;
const EDITS = 100;

type BenchWindow = { orgRenderBench: OrgRenderBenchPage };

/**
 * The matrix of an organisation of 300 people, 25 services, 8 pools and 600 placements:
 * milliseconds of the matrix's work per allocation edit (scenario model, loads, React render
 * and commit; the checks beside it are reported apart), and opening the design in the app to
 * a painted matrix. Goals: edit ≤ 16 ms median (one frame), open ≤ 300 ms.
 */
export async function benchOrgRender() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'obeya-org-bench-'));
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
    await page.waitForFunction(() => 'orgRenderBench' in window);
    const mount = await page.evaluate(() =>
      (window as unknown as BenchWindow).orgRenderBench.mount(),
    );
    await timeEdits(page, WARM_UP_EDITS);
    const edits = await timeEdits(page, EDITS);
    const open = await openDesignInApp(browser);
    return {
      matrixEditMs: { ...summarize(edits.render), goal: 16 },
      checksPerEditMs: summarize(edits.checks),
      mountToFrameMs: Number(mount.ms.toFixed(2)),
      chips: mount.chips,
      openToPaintedMatrixMs: { ...summarize(open.wall), goal: 300 },
      openMainThreadCpuMs: summarize(open.mainThreadCpu),
    };
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

function timeEdits(page: Page, count: number) {
  return page.evaluate((n) => (window as unknown as BenchWindow).orgRenderBench.edit(n), count);
}

/** A `.obeya` file holding one workshop with the large design. */
function designFile(): Uint8Array {
  const workshopId = newDocumentId();
  const documentId = newDocumentId();
  const workshop = newWorkshop(
    { title: 'Org bench', client: 'Bench Corp', date: '2026-12-01', facilitator: 'Bench' },
    Date.now(),
  );
  const design = largeDesign();
  design.title = 'Large organisation';
  addArtefact(workshop, `automerge:${documentId}`, 'orgDesign', Date.now(), design.title);
  return writeObeyaFile({
    workshopId,
    title: 'Org bench',
    exportedAt: new Date().toISOString(),
    documents: [
      {
        documentId: workshopId,
        kind: 'workshop',
        bytes: save(from(workshop as unknown as Record<string, unknown>)),
      },
      {
        documentId,
        kind: 'orgDesign',
        bytes: save(from(design as unknown as Record<string, unknown>)),
      },
    ],
  });
}

const CLICK_AND_TIME_OPEN = `new Promise((resolve) => {
  const link = document.querySelector('.artefact-list a');
  const started = performance.now();
  const observer = new MutationObserver(() => {
    // The 9 × 25 matrix's headers (8 pools and "No pool"), with the people of the cells on
    // screen: the cells far off it are drawn as the view comes near.
    if (document.querySelectorAll('.org-column-header').length < 25) return;
    if (document.querySelectorAll('.org-row-header').length < 9) return;
    if (document.querySelectorAll('.org-chip').length === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
  });
  observer.observe(document.body, { subtree: true, childList: true });
  link.click();
})`;

/**
 * From the click on the design's name in the workshop's home (page idle, the editor's code
 * loaded after the home painted, as it is) to the first frame showing the matrix — every
 * service's and pool's header, the cells on screen with their people — with its checks: loading
 * the document from IndexedDB, the model, the checks, the matrix and the panels.
 */
async function openDesignInApp(
  browser: Browser,
): Promise<{ wall: number[]; mainThreadCpu: number[] }> {
  const host = await startBrowserHost({ root: RENDERER });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
    await importFiles(page, [{ name: 'org.obeya', bytes: designFile() }]);
    await page.locator('a.workshop-title').first().click();
    await page.locator('.artefact-list a').first().waitFor();
    const home = page.url();
    const wall: number[] = [];
    const mainThreadCpu: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      const tab = await context.newPage();
      const cpu = await mainThreadCpuMeter(tab);
      await tab.goto(home);
      await tab.locator('.artefact-list a', { hasText: 'Large organisation' }).waitFor();
      await tab.evaluate(WAIT_FOR_IDLE);
      const before = await cpu();
      wall.push((await tab.evaluate(CLICK_AND_TIME_OPEN)) as number);
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
  const root = await mkdtemp(path.join(tmpdir(), 'obeya-org-bench-src-'));
  try {
    await writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8">' +
        '<style>html,body{margin:0;height:100%}#root{height:100vh;display:flex}</style></head>' +
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
  console.log(JSON.stringify(await benchOrgRender(), null, 2));
}
