import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserHost } from '../main/host/BrowserHost';
import { questionnaireFor, type AnswerValue } from '../shared/assessment';
import { createBonjourDiscovery } from '../main/hub/discovery';
import { NearbyHubs } from '../main/hub/NearbyHubs';
import { WorkshopHosting } from '../main/hub/WorkshopHosting';
import { REPORT_PDF_OPTIONS } from '../shared/print/pdfOptions';
import type { PageSetup } from '../shared/print/pageSetup';
import { printRouteHref, type PrintTarget } from '../shared/print/printRoute';
import { READ_PRINT_STATE_SCRIPT, readPrintState } from '../shared/print/printState';
import { LATE_RESPONDENT, sampleAssessmentFile } from './assessmentSample';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumPath';

/**
 * Regenerates the screenshots in docs/images from the real app on the browser host:
 * `npm run build:renderer && npx tsx scripts/captureScreenshots.ts` (add `maps` for the map
 * canvas's images alone, `together` for hosting and joining, `org` for organisation design,
 * `assessment` for the assessment).
 */
const OUT = path.resolve('docs/images');

/** The screens a coach projects from: a 720p projector and a 1080p one. */
const PROJECTORS = [
  { width: 1280, height: 720, suffix: '' },
  { width: 1920, height: 1080, suffix: '-1080p' },
] as const;

/**
 * The payments-change workshop's current state as a coach types it: long names, and each time
 * in the unit that came to mind.
 */
const PAYMENTS_STEPS = [
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

/** A twenty-step card-issuing stream, in hours. */
const TWENTY_STEPS = [
  'Name\tRole\tPT\tLT\t%C&A\tPeople',
  ...[
    'Application received',
    'Identity check (KYC)',
    'Credit scoring',
    'Fraud screening',
    'Limit decision',
    'Manual underwriting',
    'Offer letter',
    'Customer acceptance',
    'Account set-up',
    'Card personalisation',
    'PIN generation',
    'Card printing',
    'Quality check',
    'Envelope & mailing',
    'Courier hand-over',
    'Delivery',
    'Activation call',
    'First transaction check',
    'Welcome pack',
    'Case closed',
  ].map(
    (name, i) =>
      `${name}\t${i % 3 === 0 ? 'Operations team' : i % 3 === 1 ? 'Risk team' : 'Card vendor'}\t${(i % 4) + 0.5} h\t${(i % 4) + 0.5 + ((i * 7) % 11)} h\t${90 + (i % 3) * 5}\t1`,
  ),
].join('\n');

/** A new map from pasted rows, in the open workshop; returns to the map view. */
async function mapFromRows(
  page: Page,
  map: { title: string; rows: string; supplier: string; customer: string },
) {
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByLabel('Title').fill(map.title);
  await dialog.getByRole('radio', { name: /Blank/ }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByLabel('Supplier', { exact: true }).fill(map.supplier);
  await page.getByLabel('Customer', { exact: true }).fill(map.customer);
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
  await page.getByRole('dialog', { name: 'Paste steps' }).getByRole('textbox').fill(map.rows);
  await page.getByRole('button', { name: 'Add steps' }).click();
  await page.getByText(/Added \d+ steps\./).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByText('All changes saved').waitFor();
}

/** The map as it opens, reloaded at each projector's size. */
async function captureOpenedMap(page: Page, name: string) {
  for (const { width, height, suffix } of PROJECTORS) {
    await page.setViewportSize({ width, height });
    await page.reload();
    await page.locator('svg.vsm-map-svg [data-step-id] text').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, `${name}${suffix}.png`) });
  }
}

/**
 * The map canvas on a projector: the payments-change map (eight steps, with a kaizen and an
 * information flow) and a twenty-step map, as each opens at 1280×720 and 1920×1080, and the
 * payments map zoomed in.
 */
async function captureProjectorMaps(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'New workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Title (required)').fill('Payments change — faster releases');
  await dialog.getByLabel('Client').fill('Northwind Bank');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await mapFromRows(page, {
    title: 'Payments change — current state',
    rows: PAYMENTS_STEPS,
    supplier: 'Product management (payments)',
    customer: 'Merchants and card holders',
  });
  // Along the stream with the keyboard to the change advisory board, for its kaizen.
  await page.locator('svg [role="button"]', { hasText: 'Change request' }).first().click();
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'Kaizen' }).click();
  await page.getByRole('button', { name: /Add kaizen on/ }).click();
  await page.getByLabel('Problem', { exact: true }).fill('Every change waits for the weekly CAB');
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.locator('svg [role="button"]', { hasText: 'Change request' }).first().click();
  await page.getByText('All changes saved').waitFor();
  await captureOpenedMap(page, 'map-editor');
  // Along the stream again, to that kaizen.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('svg [role="button"]', { hasText: 'Change request' }).first().click();
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
  await page.mouse.move(0, 0);
  await page.locator('.map-view').screenshot({ path: path.join(OUT, 'map-zoomed.png') });

  await page.getByRole('link', { name: '← Workshop' }).click();
  await mapFromRows(page, {
    title: 'Card issuing — current state',
    rows: TWENTY_STEPS,
    supplier: 'Card vendor',
    customer: 'Card holder',
  });
  await captureOpenedMap(page, 'map-twenty-steps');
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'map-twenty-steps-fit.png') });
}

/** Ten people of a bank's payments area, in four functional pools, as HR's spreadsheet has them. */
const ORG_PEOPLE = [
  'Name\tExperience\tCapacity (FTE)\tCost per FTE-year\tPool',
  'Maria Jensen\tProduct Owner; Service owner\t1\t98000\tService management',
  'Priya Nair\tProduct Owner\t1\t94000\tService management',
  'Tom Becker\tScrum Master\t1\t86000\tService management',
  'Aisha Khan\tDevelopment; Agile\t1\t82000\tDevelopment',
  'Lucas Moreau\tDevelopment; Tools\t1\t84000\tDevelopment',
  'Sofia Rossi\tDevelopment; Testing\t0.8\t80000\tDevelopment',
  'Jonas Weber\tOperations; KAIZEN\t1\t76000\tOperations',
  'Emma Virtanen\tIT service management; Operations\t1\t79000\tOperations',
  'Kenji Sato\tOperations; Tools\t0.5\t78000\tOperations',
  'Daniel Okafor\tTesting; Quality assurance; Tools\t1\t83000\tQuality',
].join('\n');

/** Nine of them as one DevOps team around Maria, the Service Master of both services. */
const ORG_FLAT_TEAM = [
  'Person\tService\tRole\tAllocation %',
  'Maria Jensen\t\tService Master\t100',
  'Tom Becker\t\tProcess Master\t100',
  'Aisha Khan\t\tDevelopment team\t100',
  'Sofia Rossi\t\tDevelopment team\t80',
  'Lucas Moreau\t\tDevOps Engineer\t100',
  'Jonas Weber\t\tOperation team\t100',
  'Kenji Sato\t\tOperation team\t50',
  'Emma Virtanen\t\tGatekeeper\t100',
  'Daniel Okafor\t\tReliability Engineer\t100',
].join('\n');

/** The same people as a matrix: a Service Master per service, the experts shared from their pools. */
const ORG_MATRIX = [
  'Person\tService\tRole\tAllocation %',
  'Maria Jensen\tPayments\tService Master\t100',
  'Priya Nair\tCustomer portal\tService Master\t100',
  'Tom Becker\tPayments\tProcess Master\t50',
  'Tom Becker\tCustomer portal\tProcess Master\t50',
  'Aisha Khan\tPayments\tDevelopment team\t100',
  'Sofia Rossi\tPayments\tDevelopment team\t80',
  'Lucas Moreau\tCustomer portal\tDevelopment team\t100',
  'Jonas Weber\tPayments\tOperation team\t100',
  'Kenji Sato\tCustomer portal\tOperation team\t50',
  'Emma Virtanen\tPayments\tGatekeeper\t50',
  'Emma Virtanen\tCustomer portal\tGatekeeper\t50',
  'Daniel Okafor\tPayments\tReliability Engineer\t60',
  'Daniel Okafor\tCustomer portal\tReliability Engineer\t50',
].join('\n');

/** Pastes rows into the design's people or placements table (the People view). */
async function pasteOrgRows(page: Page, table: 'People of the design' | RegExp, rows: string) {
  await page.getByRole('tab', { name: 'People', exact: true }).click();
  await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste rows' });
  await dialog.getByRole('radio', { name: table }).check();
  await dialog.getByLabel('Rows copied from a spreadsheet').fill(rows);
  await dialog.getByRole('button', { name: 'Add rows' }).click();
  await page
    .locator('.org-rows-report')
    .getByText(/^(Added|Made) /)
    .waitFor();
}

/** Adds pools or services on the design's Details view. */
async function addOrgNames(page: Page, section: 'Functional pools' | 'Services', names: string[]) {
  await page.getByRole('tab', { name: 'Details', exact: true }).click();
  const region = page.getByRole('region', { name: section });
  for (const name of names) {
    await region
      .getByRole('button', { name: section === 'Services' ? 'Add service' : 'Add pool' })
      .click();
    const input = region.getByRole('textbox').last();
    await input.fill(name);
    await input.blur();
  }
}

/**
 * Organisation design at 1280×720: ten people of a bank's payments area as one flat DevOps
 * team and as a matrix of two services, the team chart, the matrix and the two compared.
 */
async function captureOrgDesign(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(new URL('#/', page.url()).href);
  await page.getByRole('button', { name: 'New workshop' }).click();
  const workshop = page.getByRole('dialog', { name: 'New workshop' });
  await workshop.getByLabel('Title (required)').fill('Payments — DevOps organisation');
  await workshop.getByLabel('Client').fill('Northwind Bank');
  await workshop.getByRole('button', { name: 'Create workshop' }).click();
  await page.getByRole('button', { name: 'New organisation design' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation design' });
  await dialog.getByLabel('Title').fill('Payments and portal teams');
  await dialog.getByRole('radio', { name: /^Empty design/ }).check();
  await dialog.getByLabel('First scenario').selectOption('flat');
  await dialog.getByRole('button', { name: 'Create design' }).click();
  await page.getByRole('tab', { name: 'Details', exact: true }).click();
  await page.getByLabel('Currency of cost rates').fill('EUR');
  await addOrgNames(page, 'Functional pools', [
    'Service management',
    'Development',
    'Operations',
    'Quality',
  ]);
  await addOrgNames(page, 'Services', ['Payments', 'Customer portal']);
  await pasteOrgRows(page, 'People of the design', ORG_PEOPLE);
  await pasteOrgRows(page, /^Placements in/, ORG_FLAT_TEAM);
  await page.getByRole('button', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename scenario' });
  await rename.getByLabel('Name').fill('One DevOps team');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('button', { name: 'New scenario…' }).click();
  const scenario = page.getByRole('dialog', { name: 'New scenario' });
  await scenario.getByLabel('Name').fill('Service Master per service');
  await scenario.getByRole('radio', { name: /^Matrix/ }).check();
  await scenario.getByRole('button', { name: 'Add scenario' }).click();
  await pasteOrgRows(page, /^Placements in/, ORG_MATRIX);
  await page.getByText('All changes saved').waitFor();

  const shoot = async (file: string) => {
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, file) });
  };
  await page.getByRole('tab', { name: 'Matrix', exact: true }).click();
  // The over-allocation check selects Daniel: both his placements are highlighted.
  await page
    .locator('.org-checks')
    .getByRole('button', { name: /Daniel Okafor is allocated/ })
    .click();
  await shoot('org-matrix.png');
  await page.getByRole('tab', { name: 'Compare', exact: true }).click();
  await shoot('org-compare.png');
  const select = page.getByRole('combobox', { name: 'Scenario', exact: true });
  await select.selectOption({ label: 'One DevOps team (baseline) — flat' });
  await page.getByRole('tab', { name: 'Team chart', exact: true }).click();
  await shoot('org-flat.png');
}

async function createWorkshop(
  page: Page,
  title: string,
  client: string,
  facilitator: string,
  date: string,
) {
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

/**
 * A 12-step map: the software delivery template plus four steps pasted from a spreadsheet,
 * its table, kaizen and comparison. Returns the map's place in the app, for its reports.
 */
async function captureMapEditor(page: Page): Promise<{ workshopUrl: string; mapUrl: string }> {
  await page.getByRole('link', { name: 'Retail bank — idea to production' }).click();
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByLabel('Title').fill('Idea to production — current state');
  await dialog.getByRole('radio', { name: /Software delivery pipeline/ }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await page.getByRole('tab', { name: 'Table' }).waitFor();
  const [workshopUrl = '', mapUrl = ''] = /#\/workshop\/([^/]+)\/doc\/([^/?]+)/
    .exec(page.url())!
    .slice(1)
    .map(decodeURIComponent);
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
  await page
    .getByRole('dialog', { name: 'Paste steps' })
    .getByRole('textbox')
    .fill(
      [
        'Name\tRole\tPT\tLT\t%C&A\tPeople',
        'Incident triage\tOperation team\t0.5 h\t6 h\t85\t2',
        'Root-cause fix\tDevelopment team\t4 h\t16 h\t90\t2',
        'Hotfix release\tGatekeeper / Release coordinator\t0.5 h\t8 h\t95\t1',
        'Customer update\tService Master\t0.5 h\t2 h\t100\t1',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Add steps' }).click();
  await page.getByText('Added 4 steps.').waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('cell').getByLabel('Name of step 6', { exact: true }).click();
  await page.getByRole('tab', { name: 'Kaizen' }).click();
  await page.getByRole('button', { name: /Add kaizen on/ }).click();
  await page
    .getByLabel('Problem', { exact: true })
    .fill('Release approval waits a day for the weekly CAB');
  await page
    .getByLabel('Data that shows the problem')
    .fill('24 h wait on 95 % of changes (last 40 releases)');
  await page
    .getByLabel('Countermeasure')
    .fill('Peer review + automated policy checks replace the CAB for standard changes');
  await page
    .getByRole('region', { name: 'Kaizen', exact: true })
    .getByLabel('Owner')
    .fill('Kenji Sato');
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.getByText('All changes saved').waitFor();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.screenshot({ path: path.join(OUT, 'step-table.png') });
  await page.getByRole('tab', { name: /Kaizen/ }).click();
  await page.getByRole('button', { name: /Release approval waits/ }).click();
  await page.screenshot({ path: path.join(OUT, 'kaizen.png') });
  await page.getByRole('button', { name: 'Derive future state' }).click();
  await page.getByText('Future state', { exact: true }).waitFor();
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.getByLabel('LT of Release approval', { exact: true }).fill('1 h');
  await page.getByLabel('LT of Code review', { exact: true }).fill('3 h');
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'compare.png') });
  return { workshopUrl, mapUrl };
}

/**
 * One page of a report as the PDF has it: the print route printed by Chromium's PDF engine
 * with Electron's options, that page rendered to PNG by poppler.
 */
async function captureReportPage(
  page: Page,
  report: { target: PrintTarget; setup: PageSetup; pageNumber: number; file: string },
) {
  const hash = printRouteHref({ target: report.target, page: report.setup, openDialog: false });
  await page.goto(new URL(hash, page.url()).href);
  await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached' });
  const state = readPrintState(await page.evaluate(READ_PRINT_STATE_SCRIPT));
  if (state.status !== 'ready') throw new Error(`report not ready: ${JSON.stringify(state)}`);
  const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'obeya-screenshot-')), 'report.pdf');
  await page.pdf({ path: pdf, ...REPORT_PDF_OPTIONS });
  const at = String(report.pageNumber);
  const out = path.join(OUT, path.basename(report.file, '.png'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', at, '-l', at, '-singlefile', pdf, out]);
}

/**
 * Working together, as `npm run web` does it: the coach hosts a workshop (announced over mDNS),
 * Bob joins from the link, Chen picks the hub from the Join list, and each selects a step.
 */
async function captureWorkingTogether(browser: Browser) {
  const quiet = { info: () => undefined, warn: () => undefined };
  const discovery = createBonjourDiscovery(quiet);
  const hosting = new WorkshopHosting({
    rendererRoot: path.resolve('dist/renderer'),
    discovery,
    logger: quiet,
  });
  const nearbyHubs = new NearbyHubs(discovery);
  const laptops = await startBrowserHost({
    root: path.resolve('dist/renderer'),
    hosting,
    nearbyHubs,
  });
  const laptop = async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 860 },
      deviceScaleFactor: 1,
    });
    return context.newPage();
  };
  try {
    const coach = await laptop();
    await coach.goto(laptops.url);
    await coach.getByRole('button', { name: 'New workshop' }).click();
    await coach.getByLabel('Title (required)').fill('Retail bank — idea to production');
    await coach.getByRole('button', { name: 'Create workshop' }).click();
    await coach.getByRole('button', { name: 'New value stream map' }).click();
    await coach.getByRole('radio', { name: /Software delivery pipeline/ }).check();
    await coach.getByRole('button', { name: 'Create map' }).click();
    await coach.getByRole('tab', { name: 'Table' }).waitFor();
    await coach.getByRole('link', { name: '← Workshop' }).click();
    await coach.getByLabel('Your name').fill('Anna');
    await coach.getByRole('button', { name: 'Host this workshop' }).click();
    const joinLink = coach.getByRole('link', { name: /\/#\/join\// });
    await joinLink.waitFor();
    await coach.locator('.sync-badge[data-sync="connected"]').waitFor();
    await coach.mouse.move(0, 0);
    await coach.screenshot({ path: path.join(OUT, 'hosting.png') });
    const link = (await joinLink.getAttribute('href'))!;
    const joinCode = (await coach.locator('.join-code').textContent())!;

    const bob = await laptop();
    await bob.goto(link);
    const bobsDialog = bob.getByRole('dialog', { name: 'Join a workshop' });
    await bobsDialog.getByLabel('Your name').fill('Bob');
    await bobsDialog.getByRole('button', { name: 'Join' }).click();
    await bob.locator('.sync-badge[data-sync="connected"]').waitFor();

    const chen = await laptop();
    await chen.goto(laptops.url);
    await chen.getByRole('button', { name: 'Join a workshop…' }).click();
    const chensDialog = chen.getByRole('dialog', { name: 'Join a workshop' });
    await chensDialog
      .getByRole('button', { name: 'Retail bank — idea to production — Anna' })
      .click();
    await chensDialog.getByLabel('Join code').fill(joinCode);
    await chensDialog.getByLabel('Your name').fill('Chen');
    await chensDialog.screenshot({ path: path.join(OUT, 'join.png') });
    await chensDialog.getByRole('button', { name: 'Join' }).click();
    await chen.locator('.sync-badge[data-sync="connected"]').waitFor();

    for (const [page, step] of [
      [bob, 'Automated test'],
      [chen, 'Code review'],
      [coach, undefined],
    ] as const) {
      await page.getByRole('link', { name: /^Current state/ }).click();
      await page.getByRole('tab', { name: 'Table' }).waitFor();
      if (step) await page.locator('svg [role="button"]', { hasText: step }).first().click();
    }
    await coach.getByText('Live with 3 people').waitFor();
    await coach.locator('svg').getByText('Chen', { exact: true }).waitFor();
    await coach.mouse.move(0, 0);
    await coach.screenshot({ path: path.join(OUT, 'presence.png') });
  } finally {
    nearbyHubs.close();
    await hosting.stop();
    await discovery.close();
    await laptops.close();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers one question in the assessment's Answer view as a respondent clicks or types it. */
async function answerQuestion(page: Page, itemId: string, value: AnswerValue) {
  const item = questionnaireFor(1).items.find((candidate) => candidate.id === itemId)!;
  // By its exact title: "KAIZEN" is also the start of "KAIZEN in Advance".
  const question = page.locator('fieldset').filter({
    has: page.locator('.item-title', { hasText: new RegExp(`^${escapeRegExp(item.title)}$`) }),
  });
  if (item.kind === 'dora' && item.scale.kind === 'percent') {
    await question.getByRole('textbox').fill(String(value));
    await question.getByRole('textbox').blur();
    return;
  }
  const label =
    item.kind === 'fit'
      ? item.options.find((option) => option.value === value)!.label
      : item.kind === 'dora' && item.scale.kind === 'steps'
        ? item.scale.labels[(value as number) - 1]!
        : String(value);
  const radio =
    item.kind === 'maturity'
      ? question.getByRole('radio', { name: label, exact: true })
      : question.getByRole('radio', { name: new RegExp(`^${escapeRegExp(label)}`) });
  await radio.check();
}

/**
 * The assessment of "Acme Bank — DevOps kick-off", imported from a file: five people answered
 * in January and again in April; Kenji, from management, joins the April round on the coach's
 * laptop (the respondent view), the facilitator reveals it and records what the room agreed
 * (the facilitator view), and the two rounds are compared (the rounds view). At 1280×720.
 */
async function captureAssessment(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(new URL('#/', page.url()).href);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import .obeya…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'acme-bank.obeya',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(sampleAssessmentFile({ revealSecondRound: false })),
  });
  await page.getByRole('status').getByText('Imported the workshop').last().waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('link', { name: 'Acme Bank — DevOps kick-off' }).click();
  await page.getByRole('link', { name: 'DevOps assessment', exact: true }).click();

  const picker = page.getByRole('region', { name: 'Who is answering?' });
  await picker.getByRole('textbox', { name: 'Your name' }).fill(LATE_RESPONDENT.name);
  await picker.getByRole('radio', { name: 'Management', exact: true }).check();
  await picker.getByRole('button', { name: 'Start answering' }).click();
  const answers = Object.entries(LATE_RESPONDENT.answers);
  // Kenji has answered the fit questions and is halfway through the maturity items.
  const answeredFirst = 13;
  for (const [itemId, value] of answers.slice(0, answeredFirst)) {
    await answerQuestion(page, itemId, value);
  }
  await page.getByText(`${answeredFirst} of 31 answered`).waitFor();
  // The Continuous Delivery section just below the answering status, with nothing half hidden
  // under it.
  await page
    .getByRole('heading', { name: 'Continuous Delivery', exact: true })
    .evaluate((heading) => {
      const panel = heading.closest('.assessment-panel')!;
      const status = panel.querySelector('.answer-status')!;
      const section = heading.closest('section') ?? heading;
      panel.scrollBy(
        0,
        section.getBoundingClientRect().top - status.getBoundingClientRect().bottom - 16,
      );
    });
  await page.getByText('All changes saved').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'assessment-respondent.png') });
  for (const [itemId, value] of answers.slice(answeredFirst)) {
    await answerQuestion(page, itemId, value);
  }
  await page.getByText('31 of 31 answered').waitFor();

  await page.getByRole('tab', { name: 'Facilitate' }).click();
  await page.locator('.assessment-toolbar').getByRole('button', { name: 'Reveal answers' }).click();
  // The room talks over the most divided item first and settles on the most chosen answer.
  const first = page.locator('article.item-card').first();
  const title = (await first.locator('h3').textContent())!;
  const mostChosen = (await first
    .locator('.item-figures div', { hasText: 'Most chosen' })
    .locator('dd')
    .textContent())!;
  const agreed = first.getByLabel(`Agreed value for ${title}`);
  const options = await agreed.locator('option').allTextContents();
  await agreed.selectOption({ label: options.find((label) => label.startsWith(mostChosen))! });
  await first.locator('.agreed-flag').waitFor();
  await page.locator('.assessment-panel').evaluate((panel) => panel.scrollTo(0, 0));
  await page.getByText('All changes saved').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'assessment-facilitator.png') });

  await page.getByRole('tab', { name: 'Result' }).click();
  await page.getByRole('img', { name: /Pillar maturity of the room/ }).waitFor();
  await page.mouse.move(0, 0);
  // Down to the type fit's panel, without the next panels' headings cut in half.
  const fitBottom = await page
    .getByRole('region', { name: 'Type fit' })
    .evaluate((panel) => panel.getBoundingClientRect().bottom);
  await page.screenshot({
    path: path.join(OUT, 'assessment-result.png'),
    clip: { x: 0, y: 0, width: 1280, height: Math.min(720, Math.ceil(fitBottom) + 12) },
  });

  await page.getByRole('tab', { name: 'Rounds' }).click();
  await page.getByRole('img', { name: /Pillar maturity by round/ }).waitFor();
  await page.getByRole('heading', { name: 'Compare rounds' }).evaluate((heading) => {
    const panel = heading.closest('.assessment-panel')!;
    panel.scrollBy(0, heading.getBoundingClientRect().top - panel.getBoundingClientRect().top - 24);
  });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'assessment-rounds.png') });
}

/** Every screenshot of the user guides, in the order a coach meets them. */
async function captureEverything(browser: Browser, page: Page) {
  await createWorkshop(
    page,
    'Retail bank — idea to production',
    'Northwind Bank',
    'Anna Berg',
    '2026-11-24',
  );
  await createWorkshop(
    page,
    'Claims platform future state',
    'Contoso Insurance',
    'Kenji Sato',
    '2026-12-02',
  );
  await createWorkshop(
    page,
    'Operations & ITSM kaizen',
    'Fabrikam Logistics',
    'Anna Berg',
    '2026-12-09',
  );
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'library.png') });
  const { workshopUrl, mapUrl } = await captureMapEditor(page);
  await captureReportPage(page, {
    target: { report: 'document', workshopUrl, documentUrl: mapUrl },
    setup: { size: 'A3', orientation: 'landscape' },
    pageNumber: 1,
    file: 'report-map.png',
  });
  await captureReportPage(page, {
    target: { report: 'document', workshopUrl, documentUrl: mapUrl },
    setup: { size: 'A3', orientation: 'landscape' },
    pageNumber: 2,
    file: 'report-map-tile.png',
  });
  await captureReportPage(page, {
    target: { report: 'workshop', workshopUrl },
    setup: { size: 'A4', orientation: 'portrait' },
    pageNumber: 2,
    file: 'report-workshop.png',
  });
  await page.goto(new URL('#/', page.url()).href);
  await captureProjectorMaps(page);
  await captureAssessment(page);
  await captureWorkingTogether(browser);
  await captureOrgDesign(page);
}

const host = await startBrowserHost({ root: path.resolve('dist/renderer') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 860 },
    deviceScaleFactor: 1,
  });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
  if (process.argv[2] === 'maps') await captureProjectorMaps(page);
  else if (process.argv[2] === 'together') await captureWorkingTogether(browser);
  else if (process.argv[2] === 'assessment') await captureAssessment(page);
  else if (process.argv[2] === 'org') await captureOrgDesign(page);
  else await captureEverything(browser, page);
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await host.close();
}
