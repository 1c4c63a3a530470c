import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from '../main/host/BrowserHost';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumPath';

/**
 * Regenerates the screenshots in docs/images from the real app on the browser host:
 * `npm run build:renderer && npx tsx scripts/captureScreenshots.ts`.
 */
const OUT = path.resolve('docs/images');

async function createWorkshop(page: Page, title: string, client: string, facilitator: string, date: string) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title (required)').fill(title);
  await dialog.getByLabel('Client').fill(client);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Facilitator').fill(facilitator);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await page.getByText('All changes saved').waitFor();
  await page.getByRole('link', { name: '← Workshops' }).click();
}

const host = await startBrowserHost({ root: path.resolve('dist/renderer') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Workshops' }).waitFor();
  await createWorkshop(page, 'Retail bank — idea to production', 'Northwind Bank', 'Anna Berg', '2026-11-24');
  await createWorkshop(page, 'Claims platform future state', 'Contoso Insurance', 'Kenji Sato', '2026-12-02');
  await createWorkshop(page, 'Operations & ITSM kaizen', 'Fabrikam Logistics', 'Anna Berg', '2026-12-09');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'library.png') });
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await host.close();
}
