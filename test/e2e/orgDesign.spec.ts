import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { startHub, type Hub } from '../../main/hub/startHub';
import { LibraryPage } from './pages/LibraryPage';
import { OrgDesignPage, type OrgView } from './pages/OrgDesignPage';
import { PrintPage } from './pages/PrintPage';
import { hostOnHub, joinFromLink } from './syncSteps';

const PEOPLE = [
  'Name\tExperience\tCapacity (FTE)\tPool',
  'Anna Berg\tProduct Owner\t1\tDelivery',
  'Ben Ode\tScrum Master\t1\tDelivery',
  'Cleo Park\tDevelopment; Agile\t1\tDevelopment',
  'Dev Shah\tDevelopment; Tools\t1\tDevelopment',
  'Eva Lind\tOperations; KAIZEN\t1\tOperations',
  'Femi Ade\tIT service management; Operations\t1\tOperations',
].join('\n');

const FLAT_TEAM = [
  'Person\tService\tRole\tAllocation %',
  'Anna Berg\t\tService Master\t100',
  'Ben Ode\t\tProcess Master\t100',
  'Cleo Park\t\tDevelopment team\t100',
  'Dev Shah\t\tDevOps Engineer\t100',
  'Eva Lind\t\tOperation team\t100',
  'Femi Ade\t\tGatekeeper\t100',
].join('\n');

const MATRIX = [
  'Person\tService\tRole\tAllocation %',
  'Anna Berg\tPayments\tService Master\t100',
  'Ben Ode\tPayments\tProcess Master\t50',
  'Ben Ode\tPortal\tProcess Master\t50',
  'Cleo Park\tPayments\tDevelopment team\t100',
  'Dev Shah\tPortal\tDevelopment team\t100',
  'Eva Lind\tPayments\tOperation team\t50',
  'Eva Lind\tPortal\tOperation team\t50',
  'Femi Ade\tPayments\tGatekeeper\t50',
  'Femi Ade\tPortal\tGatekeeper\t50',
].join('\n');

async function workshop(page: Page, title: string): Promise<OrgDesignPage> {
  const library = new LibraryPage(page);
  await library.open();
  await library.createWorkshop({ title, client: 'Northwind Bank' });
  return new OrgDesignPage(page);
}

/** Six people in three pools, two services, a flat team of all six: the baseline. */
async function sixPeopleFlat(design: OrgDesignPage): Promise<void> {
  await design.create('Target organisation', 'Empty design', 'Flat team');
  await design.addNamed('pool', ['Delivery', 'Development', 'Operations']);
  await design.addNamed('service', ['Payments', 'Portal']);
  await design.pasteRows('People of the design', PEOPLE);
  await expect(design.rowsReport()).toHaveText(/Added 6 people\./);
  await design.pasteRows(/^Placements in/, FLAT_TEAM);
  await expect(design.rowsReport()).toHaveText(/Made 6 placements in “Flat team”\./);
}

async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'critical' || violation.impact === 'serious',
  );
  expect(
    serious.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
    ),
    what,
  ).toEqual([]);
}

test.describe('organisation design', () => {
  test('six people as a flat team and a matrix: a check fires and clears, the two compare, and all is there after a reload', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const design = await workshop(page, 'Bank DevOps');
    await sixPeopleFlat(design);
    await design.showView('Team chart');
    await expect(design.chips('Anna Berg')).toHaveCount(1);
    // Two complicated services are one too many for one team (Team Topologies).
    await expect(design.checks()).toContainText('1 warning in “Flat team”');
    await expect(design.check(/Flat team carries 2 complicated services/)).toContainText('Warning');

    await design.newScenario('Two services', 'Matrix');
    await design.pasteRows(/^Placements in/, MATRIX);
    await expect(design.rowsReport()).toHaveText(/Made 9 placements in “Two services”\./);
    await design.showView('Matrix');
    await expect(design.chips('Ben Ode')).toHaveCount(2);
    await expect(design.chipsInCell('Operations', 'Portal')).toHaveCount(2);

    // Anna takes on Portal as well, on top of Payments: 150 %.
    await design.chips('Anna Berg').click();
    await design.inspector().getByRole('button', { name: 'Place on another service…' }).click();
    const place = page.getByRole('dialog', { name: /Place a person/ });
    await place.getByLabel('Service').selectOption({ label: 'Portal' });
    await place.getByLabel('Allocation (% of a full-time person)').fill('50');
    await place.getByRole('button', { name: 'Place' }).click();
    const over = design.check(/Anna Berg is allocated 150 % but can work 100 %/);
    await expect(over).toBeVisible();
    await expect(over).toContainText('Error');
    await expect(design.chips('Anna Berg')).toHaveCount(2);
    await expect(design.cell('Delivery', 'Portal')).toHaveAccessibleName(/over capacity/);

    // The check selects her; halving her Payments share fixes it.
    await over.click();
    await expect(design.inspector().getByRole('heading', { name: 'Anna Berg' })).toBeVisible();
    const payments = design.inspector().getByLabel('Allocation on Payments');
    await payments.fill('50');
    await payments.blur();
    await expect(over).toHaveCount(0);
    await expect(design.cell('Delivery', 'Portal')).not.toHaveAccessibleName(/over capacity/);

    await design.showView('Compare');
    const compare = page.getByRole('table', { name: 'Flat team compared with Two services' });
    await expect(compare.getByRole('row', { name: /People placed/ })).toContainText('6');
    await expect(compare.getByRole('row', { name: /Structure/ })).toContainText('Flat teamMatrix');
    const moves = page.getByRole('table', { name: 'Who moved where' });
    await expect(moves.getByRole('row', { name: /Ben Ode/ })).toContainText(
      'Payments · Process Master · 50 %; Portal · Process Master · 50 %',
    );
    await design.expectSaved();

    await page.reload();
    await design.expectTitle('Target organisation');
    await expect(design.scenarioSelect().locator('option')).toHaveText([
      'Flat team (baseline) — flat',
      'Two services — matrix',
    ]);
    await design.chooseScenario('Two services');
    await expect(design.chips('Anna Berg')).toHaveCount(2);
    await expect(design.chipsInCell('Delivery', 'Portal')).toContainText(['Anna Berg']);
    await expect(design.checks()).not.toContainText('Anna Berg is allocated');
    await design.chooseScenario('Flat team');
    await expect(design.chips('Femi Ade')).toHaveCount(1);
  });

  test('a person is placed in a matrix cell from the keyboard alone', async ({ page }) => {
    const design = await workshop(page, 'Keyboard');
    await design.create('Matrix by keyboard', 'Matrix organisation');
    await design.showView('People');
    await page.keyboard.press('Alt+n');
    const name = design.inspector().getByLabel('Name', { exact: true });
    await expect(name).toBeFocused();
    await page.keyboard.type('Zoe Quinn');
    await design.showView('Matrix');

    // Into the matrix: its first cell, then two to the right is not there; one right is Payments.
    await design.cell('Service management', 'Customer portal').focus();
    await page.keyboard.press('ArrowDown');
    await expect(design.cell('Development', 'Customer portal')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(design.cell('Development', 'Payments')).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Place a person/ });
    await expect(dialog.getByLabel('Person', { exact: true })).toBeFocused();
    await expect(dialog.getByLabel('Service', { exact: true })).toHaveValue(
      (await dialog
        .getByLabel('Service')
        .locator('option', { hasText: 'Payments' })
        .getAttribute('value'))!,
    );
    await dialog
      .getByLabel('Person', { exact: true })
      .selectOption({ label: 'Zoe Quinn — 0 % of 100 % placed' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Allocation (% of a full-time person)')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    // Zoe has no pool yet, so she sits in the "No pool" row of the Payments column.
    await expect(design.chipsInCell('No pool', 'Payments')).toHaveCount(1);
    await expect(design.chips('Zoe Quinn')).toHaveAccessibleName(
      /Zoe Quinn, Development team, 40\s%/,
    );
    await expect(design.cell('Development', 'Payments')).toBeFocused();
    // Alt+→ on her chip moves her along the row: there is no service after Payments, Alt+← goes back.
    await design.chips('Zoe Quinn').focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(design.chipsInCell('No pool', 'Customer portal')).toHaveCount(1);
    await expect(design.chips('Zoe Quinn')).toBeFocused();
  });

  test('every organisation design screen has no critical or serious accessibility violation', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const design = await workshop(page, 'Accessible');
    await sixPeopleFlat(design);
    await design.newScenario('Two services', 'Matrix');
    await design.pasteRows(/^Placements in/, MATRIX);
    const views: OrgView[] = [
      'Matrix',
      'People',
      'Responsibility',
      'Compare',
      'Recommendation',
      'Value stream',
      'Details',
    ];
    for (const view of views) {
      await design.showView(view);
      if (view === 'Matrix') await design.chips('Anna Berg').click();
      await expectNoSeriousViolations(page, view);
    }
    await design.chooseScenario('Flat team');
    await design.showView('Team chart');
    await expectNoSeriousViolations(page, 'Team chart');
    await page.getByRole('button', { name: 'Place a person…' }).click();
    await expectNoSeriousViolations(page, 'Place dialog');
  });

  test('the report PDF carries the design’s people and its failing check', async ({ page }) => {
    test.setTimeout(120_000);
    const design = await workshop(page, 'Report');
    await sixPeopleFlat(design);
    await design.newScenario('Two services', 'Matrix');
    await design.pasteRows(
      /^Placements in/,
      MATRIX.replace('Femi Ade\tPortal\tGatekeeper\t50', 'Femi Ade\tPortal\tGatekeeper\t80'),
    );
    await design.expectSaved();
    const parts = new URL(page.url()).hash.split('/').map(decodeURIComponent);
    const print = new PrintPage(page);
    await print.open(`#/print/workshop/${parts[2]}?size=A4&orientation=landscape`);
    const pdf = await print.savePdf();
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const name of ['Anna Berg', 'Ben Ode', 'Cleo Park', 'Dev Shah', 'Eva Lind', 'Femi Ade']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Target organisation');
    expect(text).toContain('Femi Ade is allocated 130 % but can work 100 %');
    expect(text).toContain('“Flat team” compared with “Two services”');
  });
});

test.describe('organisation design on two laptops', () => {
  let hub: Hub;

  test.beforeEach(async () => {
    hub = await startHub({
      rendererRoot: path.resolve('dist/renderer'),
      host: '127.0.0.1',
      hostName: 'Test host',
    });
  });

  test.afterEach(async () => {
    await hub.close();
  });

  test('two laptops edit the same design and converge', async ({ browser }) => {
    test.setTimeout(150_000);
    const { host } = await hostOnHub(browser, hub, 'Room design');
    const anna = new OrgDesignPage(host);
    await anna.create('Shared design', 'Matrix organisation');
    await anna.expectSaved();
    const guest = await joinFromLink(browser, `${hub.url}/#/join/${hub.joinCode}`, 'Bob');
    await guest.getByRole('link', { name: 'Shared design' }).click();
    const bob = new OrgDesignPage(guest);
    await bob.expectTitle('Shared design');

    // At once: Anna renames a developer, Bob takes an operator off Payments.
    await anna.chips('Developer 1 (Payments)').click();
    const nameField = anna.inspector().getByLabel('Name', { exact: true });
    await bob.chips('Operator 2 (Payments)').focus();
    await Promise.all([
      (async () => {
        await nameField.fill('Priya Nair');
        await nameField.blur();
      })(),
      guest.keyboard.press('Delete'),
    ]);
    for (const side of [anna, bob]) {
      await expect(side.chips('Priya Nair')).toHaveCount(1);
      await expect(side.chips('Operator 2 (Payments)')).toHaveCount(0);
      await expect(side.chipsInCell('Operations', 'Payments')).toHaveCount(2);
    }

    // Each sees who else is here, and whom the other has selected, by name.
    await expect(host.getByRole('list', { name: 'Also here' })).toContainText('Bob');
    await bob.chips('Priya Nair').click();
    await expect(anna.chips('Priya Nair')).toHaveAccessibleName(/selected by Bob$/);
    await expect(anna.chips('Priya Nair').locator('.org-chip-remote-name')).toHaveText('Bob');
  });
});
