import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { change, from, load, save } from '@automerge/automerge';
import { chromium } from 'playwright-core';
import { startBrowserHost } from '../../main/host/BrowserHost';
import { newValueStreamMap, type ValueStreamMapDoc } from '../../shared/vsm';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import { importFiles, mainThreadCpuMeter, WAIT_FOR_IDLE, workshopFile } from './benchWorkshops';
import { summarize } from './stats';

const RENDERER = path.resolve('dist/renderer');

/** A map with `historyChanges` edits piled up in its history. */
function historyHeavyMap(title: string, historyChanges: number) {
  let map = from(
    newValueStreamMap({ title: `${title} map` }, Date.now()) as unknown as ValueStreamMapDoc &
      Record<string, unknown>,
  );
  for (let i = 0; i < historyChanges; i++) {
    map = change(map, (doc) => {
      if (i % 10 === 0) doc.scope.trigger = `trigger ${i}`;
      doc.title = `${title} map v${i}`;
    });
  }
  return map;
}

/**
 * Our JavaScript, gzipped: what the library's first screen loads (the goal: each document
 * kind's code loads only when such a document opens, so the app shell stays this size as
 * kinds are added), and all of it (informative). The Automerge wasm is counted apart.
 */
async function bundleSize(loadedByLibrary: Set<string>) {
  const assets = path.join(RENDERER, 'assets');
  const names = await readdir(assets);
  let all = 0;
  let library = 0;
  let wasm = 0;
  for (const name of names) {
    const gzipped = gzipSync(await readFile(path.join(assets, name))).length;
    if (name.endsWith('.js')) {
      all += gzipped;
      if (loadedByLibrary.has(name)) library += gzipped;
    }
    if (name.endsWith('.wasm')) wasm += gzipped;
  }
  return {
    libraryJavaScriptGzipKB: Math.round(library / 1024),
    goalKB: 300,
    allJavaScriptGzipKB: Math.round(all / 1024),
    automergeWasmGzipKB: Math.round(wasm / 1024),
  };
}

/**
 * Clicks the history-heavy workshop and times two moments: its home listing the map by the
 * title the workshop recorded, and the map document itself loaded (its link no longer busy).
 */
const CLICK_AND_TIME_HEAVY_OPEN = `new Promise((resolve) => {
  const link = [...document.querySelectorAll('a.workshop-title')].find((a) => a.textContent === 'History heavy');
  const started = performance.now();
  let listed;
  const observer = new MutationObserver(() => {
    const item = document.querySelector('.artefact-list a');
    if (listed === undefined && item?.textContent === 'History heavy map v4999') listed = performance.now() - started;
    if (listed !== undefined && item && !item.hasAttribute('aria-busy')) {
      observer.disconnect();
      resolve({ listed, loaded: performance.now() - started });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  link.click();
})`;

export async function benchAppShell(runs = 10) {
  const host = await startBrowserHost({ root: RENDERER });
  // A profile on disk, as on a coach's laptop: an incognito context keeps no compiled code
  // between page loads, so every open would parse and compile the app's JavaScript afresh.
  const profile = await mkdtemp(path.join(tmpdir(), 'obeya-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
    await importFiles(
      page,
      Array.from({ length: 50 }, (_, i) => ({
        name: `w${i}.obeya`,
        bytes: workshopFile(`Workshop ${i + 1}`),
      })),
    );

    // Cold open: a new tab on the same profile, from navigation to a library listing all 50.
    const coldOpen: number[] = [];
    const coldOpenCpu: number[] = [];
    const loadedByLibrary = new Set<string>();
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      tab.on('request', (request) => {
        const name = new URL(request.url()).pathname.split('/').pop() ?? '';
        if (name.endsWith('.js')) loadedByLibrary.add(name);
      });
      const cpu = await mainThreadCpuMeter(tab);
      const before = await cpu();
      const started = Date.now();
      await tab.goto(host.url);
      await tab.locator('.workshop-list > li').nth(49).waitFor();
      await tab.getByRole('button', { name: 'New workshop' }).click({ trial: true });
      coldOpen.push(Date.now() - started);
      coldOpenCpu.push((await cpu()) - before);
      await tab.close();
    }

    // A workshop whose map holds 5,000 changes of history: from click to its documents listed.
    const heavyMap = historyHeavyMap('History heavy', 5000);
    await importFiles(page, [
      { name: 'heavy.obeya', bytes: workshopFile('History heavy', [heavyMap]) },
    ]);
    const heavyOpen: number[] = [];
    const heavyLoaded: number[] = [];
    const heavyOpenCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const tab = await context.newPage();
      const cpu = await mainThreadCpuMeter(tab);
      await tab.goto(host.url);
      await tab.locator('.workshop-list > li').first().waitFor();
      // From the moment a person could click: the list shown and the page's start-up work done.
      await tab.evaluate(WAIT_FOR_IDLE);
      // A string, not a function: tsx would wrap named functions in a helper the page lacks.
      const before = await cpu();
      const opened = (await tab.evaluate(CLICK_AND_TIME_HEAVY_OPEN)) as {
        listed: number;
        loaded: number;
      };
      heavyOpen.push(opened.listed);
      heavyLoaded.push(opened.loaded);
      heavyOpenCpu.push((await cpu()) - before);
      await tab.close();
    }

    // Baseline in the same run: plain Automerge.load of the same map's bytes in Node.
    const artefactBytes = save(heavyMap);
    const plainLoad: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      load(artefactBytes);
      plainLoad.push(performance.now() - started);
    }

    return {
      coldOpenLibrary50Ms: { ...summarize(coldOpen, 0), goal: 1000 },
      coldOpenLibrary50MainThreadCpuMs: summarize(coldOpenCpu, 0),
      openWorkshop5000ChangesMs: { ...summarize(heavyOpen, 1), goal: 300 },
      // Until the map document itself is loaded too, as it must be before the map opens.
      openWorkshop5000ChangesDocumentLoadedMs: summarize(heavyLoaded, 1),
      openWorkshop5000ChangesMainThreadCpuMs: summarize(heavyOpenCpu, 1),
      baselineAutomergeLoad5000ChangesMs: summarize(plainLoad, 1),
      bundle: await bundleSize(loadedByLibrary),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await host.close();
  }
}
