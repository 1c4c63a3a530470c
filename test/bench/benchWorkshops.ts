import { from, save } from '@automerge/automerge';
import { generateAutomergeUrl, parseAutomergeUrl } from '@automerge/automerge-repo';
import type { Page } from 'playwright-core';
import { writeObeyaFile, type BundledDocument } from '../../shared/file/obeyaFile';
import type { ValueStreamMapDoc } from '../../shared/vsm';
import { addArtefact, newWorkshop } from '../../shared/workshop/workshopChanges';

/** Workshops for the benchmarks that drive the real app: built in Node, imported as a coach would. */

export function newDocumentId(): string {
  return parseAutomergeUrl(generateAutomergeUrl()).documentId;
}

/** A `.obeya` file holding one workshop and, as its documents, the maps given (as Automerge docs). */
export function workshopFile(
  title: string,
  maps: ReturnType<typeof from<ValueStreamMapDoc & Record<string, unknown>>>[] = [],
): Uint8Array {
  const workshopId = newDocumentId();
  const workshop = newWorkshop(
    { title, client: 'Bench Corp', date: '2026-11-26', facilitator: 'Bench' },
    Date.now(),
  );
  const documents: BundledDocument[] = [];
  for (const map of maps) {
    const documentId = newDocumentId();
    addArtefact(workshop, `automerge:${documentId}`, 'valueStreamMap', Date.now(), map.title);
    documents.push({ documentId, kind: 'valueStreamMap', bytes: save(map) });
  }
  documents.unshift({
    documentId: workshopId,
    kind: 'workshop',
    bytes: save(from(workshop as unknown as Record<string, unknown>)),
  });
  return writeObeyaFile({ workshopId, title, exportedAt: new Date().toISOString(), documents });
}

/** Imports files through the library's Import button, one after the other. */
export async function importFiles(
  page: Page,
  files: { name: string; bytes: Uint8Array }[],
): Promise<void> {
  for (const file of files) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import .obeya…' }).click();
    await (
      await chooser
    ).setFiles({
      name: file.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.bytes),
    });
    await page.getByRole('status').getByText(`Imported the workshop`).last().waitFor();
    await page.getByRole('button', { name: 'Dismiss message' }).first().click();
  }
}

/**
 * Resolves in the page a second later, once it is idle: a person reads a list before clicking,
 * and the app spends that time on idle work such as warming up Automerge. Pass as a string.
 */
export const WAIT_FOR_IDLE = `new Promise((resolve) =>
  setTimeout(() => requestIdleCallback(resolve), 1000))`;

/**
 * The page's main-thread CPU time so far, in ms (Chromium's TaskDuration in thread ticks).
 * Quoted next to wall-clock times: on a shared 2-core machine, waiting for a core inflates
 * the wall clock while the work itself stays what it is.
 */
export async function mainThreadCpuMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN) * 1000;
  };
}
