import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { from, save } from '@automerge/automerge';
import { generateAutomergeUrl, parseAutomergeUrl } from '@automerge/automerge-repo';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../../main/host/BrowserHost';
import { writeObeyaFile } from '../../shared/file/obeyaFile';
import {
  reportFooterTemplate,
  reportHeaderTemplate,
} from '../../shared/print/headerFooterTemplates';
import { READ_PRINT_STATE_SCRIPT, readPrintState } from '../../shared/print/printState';
import type { ReportHeader } from '../../shared/print/reportHeader';
import {
  addKaizen,
  addStep,
  deriveFutureState,
  newValueStreamMap,
  updateMapDetails,
  updateStep,
  type ValueStreamMapDoc,
} from '../../shared/vsm';
import { addArtefact, newWorkshop } from '../../shared/workshop/workshopChanges';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromiumPath';
import { summarize } from './stats';

const RENDERER = path.resolve('dist/renderer');
/** Two current-state maps with their derived future states: 19 A4 landscape pages. */
const CURRENT_MAPS = 2;
const STEPS_PER_MAP = 5;
const KAIZENS_PER_MAP = 3;
const WORKSHOP_TITLE = 'Report benchmark';

function newDocumentId(): string {
  return parseAutomergeUrl(generateAutomergeUrl()).documentId;
}

/** A current-state map as a workshop room would leave it: steps with notes, kaizens with 5 whys. */
function currentMap(index: number, now: number): ValueStreamMapDoc {
  const map = newValueStreamMap(
    {
      title: `Service ${index + 1} current state`,
      customer: 'Retail customers',
      supplier: 'Product management',
      scope: { trigger: 'Change request approved', outcome: 'Change live and monitored' },
    },
    now,
  );
  const stepIds = Array.from({ length: STEPS_PER_MAP }, (_, i) =>
    addStep(map, {
      name: `Stage ${i + 1} of service ${index + 1}`,
      role: i % 2 === 0 ? 'Development team' : 'Operation team',
      processTime: { value: 1 + (i % 3), unit: 'hours' },
      leadTime: { value: 4 + (i % 5) * 3, unit: 'hours' },
      completeAndAccurate: 80 + (i % 4) * 5,
      people: 1 + (i % 3),
      queueSize: i % 4 === 0 ? 12 : undefined,
    }),
  );
  for (const [i, stepId] of stepIds.entries()) {
    if (i % 3 === 0)
      updateStep(map, stepId, {
        notes: `Observed in the room: handoff by ticket, ${'waiting for a free slot, '.repeat(4)}then rework.`,
      });
  }
  for (let k = 0; k < KAIZENS_PER_MAP; k++) {
    const at = (k * 2 + 1) % stepIds.length;
    addKaizen(map, {
      attachedTo: { stepId: stepIds[at]! },
      problem: `Work waits ${k + 2} days for approval before stage ${at + 1}`,
      evidence: 'Ticket timestamps from the last 40 changes',
      fiveWhys: [
        'Approval is weekly',
        'The board meets weekly',
        'Risk is judged by people',
        'No automated checks',
        'No test data',
      ],
      countermeasure: 'Automate the risk checks and approve standard changes in the pipeline',
      owner: 'Process Master',
      dueDate: '2026-12-15',
      pdca: k % 2 === 0 ? 'plan' : 'do',
      kpi: { name: 'Approval wait', unit: 'h', target: 4 },
    });
  }
  return map;
}

/** A `.obeya` file with the workshop, its current maps and their linked future states. */
function reportWorkshopFile(now: number): { bytes: Uint8Array; workshopId: string } {
  const workshopId = newDocumentId();
  const workshop = newWorkshop(
    { title: WORKSHOP_TITLE, client: 'Bench Corp', date: '2026-11-26', facilitator: 'Bench' },
    now,
  );
  const documents = [];
  for (let i = 0; i < CURRENT_MAPS; i++) {
    const [currentId, futureId] = [newDocumentId(), newDocumentId()];
    const current = currentMap(i, now);
    const future = deriveFutureState(current, now, { currentMapUrl: `automerge:${currentId}` });
    updateStep(future, future.steps[1]!.id, { leadTime: { value: 2, unit: 'hours' } });
    updateMapDetails(current, { linkedMapUrl: `automerge:${futureId}` });
    for (const [id, map] of [
      [currentId, current],
      [futureId, future],
    ] as const) {
      addArtefact(workshop, `automerge:${id}`, 'valueStreamMap', now);
      documents.push({
        documentId: id,
        kind: 'valueStreamMap' as const,
        bytes: save(from(map as unknown as Record<string, unknown>)),
      });
    }
  }
  documents.unshift({
    documentId: workshopId,
    kind: 'workshop' as never,
    bytes: save(from(workshop as unknown as Record<string, unknown>)),
  });
  return {
    workshopId,
    bytes: writeObeyaFile({
      workshopId,
      title: WORKSHOP_TITLE,
      exportedAt: new Date(now).toISOString(),
      documents,
    }),
  };
}

async function importFile(page: Page, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import .obeya…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'report.obeya',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
  await page.getByRole('status').getByText('Imported the workshop').last().waitFor();
}

/** Waits for the print view's ready marker and reads the running header it published. */
async function printReady(page: Page): Promise<ReportHeader> {
  await page
    .locator('html[data-print-ready="true"]')
    .waitFor({ state: 'attached', timeout: 30_000 });
  const state = readPrintState(await page.evaluate(READ_PRINT_STATE_SCRIPT));
  if (state.status !== 'ready') throw new Error(`print view not ready: ${JSON.stringify(state)}`);
  return state.header;
}

/** Chromium's PDF step with the options Electron's main process uses. */
async function writePdf(page: Page, header: ReportHeader, file: string): Promise<void> {
  await page.pdf({
    path: file,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: reportHeaderTemplate(header),
    footerTemplate: reportFooterTemplate(header),
  });
}

/**
 * A ~20-page workshop report (two maps, their future states with comparisons, tiled maps,
 * tables and kaizen cards), on the browser host: from navigation to the print route in a new
 * tab (app start, documents from IndexedDB, render, fonts) to the PDF file written, as
 * Electron's export does in its hidden window. Baseline in the same run: Chromium's PDF step
 * alone on the already rendered report. Goal: ≤ 1 s median.
 */
export async function benchReport(runs = 5) {
  const host = await startBrowserHost({ root: RENDERER });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const outDir = await mkdtemp(path.join(tmpdir(), 'obeya-report-bench-'));
  try {
    const context = await browser.newContext();
    const setup = await context.newPage();
    await setup.goto(host.url);
    await setup.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
    const { workshopId, bytes } = reportWorkshopFile(Date.now());
    await importFile(setup, bytes);
    const route = `#/print/workshop/automerge:${workshopId}?size=A4&orientation=landscape`;

    const requestToFile: number[] = [];
    const requestToReady: number[] = [];
    let pdf = new Uint8Array();
    // One unmeasured run first: the HTTP cache and V8's code cache warm up as after an app start.
    for (let run = -1; run < runs; run++) {
      const tab = await context.newPage();
      const file = path.join(outDir, `report-${run + 1}.pdf`);
      const started = performance.now();
      await tab.goto(`${host.url}${route}`);
      const header = await printReady(tab);
      const readyAt = performance.now();
      await writePdf(tab, header, file);
      if (run >= 0) {
        requestToReady.push(readyAt - started);
        requestToFile.push(performance.now() - started);
      }
      await tab.close();
      pdf = await readFile(file);
    }

    const rendered = await context.newPage();
    await rendered.goto(`${host.url}${route}`);
    const header = await printReady(rendered);
    const pdfStepOnly: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await writePdf(rendered, header, path.join(outDir, 'baseline.pdf'));
      pdfStepOnly.push(performance.now() - started);
    }

    return {
      reportRequestToPdfFileMs: { ...summarize(requestToFile, 0), goal: 1000 },
      // The part before the PDF step: app start, documents from IndexedDB, render, fonts.
      reportRequestToReadyMs: summarize(requestToReady, 0),
      baselineChromiumPdfStepMs: summarize(pdfStepOnly, 0),
      report: {
        maps: CURRENT_MAPS * 2,
        pdfPages: pdfPageCount(pdf),
        pdfKB: Math.round(pdf.byteLength / 1024),
      },
    };
  } finally {
    await browser.close();
    await host.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Page objects in a PDF written by Chromium (Skia writes them uncompressed). */
function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  );
}
