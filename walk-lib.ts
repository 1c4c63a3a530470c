// Scratch helpers for walking the app as a coach (not committed).
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startBrowserHost } from './main/host/BrowserHost';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromiumPath';

export const SHOTS = '/work/walk/shots';

export async function openApp() {
  const host = await startBrowserHost({ root: path.resolve('dist/renderer') });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
  return { host, browser, context, page, errors, close: async () => { await browser.close(); await host.close(); } };
}

export async function newWorkshop(page: Page, title: string, client: string) {
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title (required)').fill(title);
  await dialog.getByLabel('Client').fill(client);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

export const PAYMENTS_STEPS = [
  'Name\tRole\tPT\tLT\t%C&A\tPeople',
  'Change request intake\tBusiness analyst\t30 min\t1 d\t80\t1',
  'Requirements & design review\tArchitecture board\t4 h\t2 wk\t70\t4',
  'Development & unit tests\tPayments development team\t3 d\t1 wk\t90\t3',
  'Code review\tSenior developer\t45 min\t1410 min\t95\t1',
  'Integration testing (SIT)\tQA team\t6 h\t38 h\t75\t2',
  'Security & compliance sign-off\tRisk & Compliance\t2 h\t3570 min\t90\t1',
  'Change advisory board (CAB)\tChange manager\t1 h\t1 wk\t100\t6',
  'Production deployment & verification\tOperations team\t2 h\t1 d\t95\t2',
].join('\n');

export async function mapFromRows(page: Page, title: string, rows: string) {
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('radio', { name: /Blank/ }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
  await page.getByRole('dialog', { name: 'Paste steps' }).getByRole('textbox').fill(rows);
  await page.getByRole('button', { name: 'Add steps' }).click();
  await page.getByText(/Added \d+ steps\./).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
}
