import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from './pages/LibraryPage';
import { MapEditorPage } from './pages/MapEditorPage';

async function newMap(page: Page, workshop: string, template: RegExp, title = 'Current state') {
  const library = new LibraryPage(page);
  await library.open();
  await library.createWorkshop({ title: workshop });
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
  return new MapEditorPage(page);
}

test.describe('value stream map', () => {
  test('a five-step map built from the keyboard computes its metrics as numbers are typed', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Keyboard mapping' });
    await page.getByRole('button', { name: 'New value stream map' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(' — ops');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const editor = new MapEditorPage(page);
    await expect(
      page.getByRole('heading', { level: 1, name: /Current state — ops/ }),
    ).toBeVisible();

    const steps = [
      ['Plan', '2', '10'],
      ['Build', '8', '16'],
      ['Test', '3', '12'],
      ['Approve', '1', '25'],
      ['Deploy', '1', '2'],
    ] as const;
    for (const [name, pt, lt] of steps) {
      await page.keyboard.press('Alt+n');
      await expect(editor.inspectorField('Name')).toBeFocused();
      await page.keyboard.type(name);
      await editor.inspectorField('Lead time').focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(lt);
      await editor.inspectorField('Process time').focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(pt);
    }
    await editor.expectMetric('Lead time', '65 h');
    await editor.expectMetric('Process time', '15 h');
    await editor.expectMetric('Activity ratio', '23.08 %');
    await editor.expectMetric('Steps / handoffs', '5 / 4');

    await editor.inspectorField('%C&A').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('50');
    await editor.expectMetric('Rolled %C&A', '50 %');
    await page.keyboard.press('Tab');
    await editor.inspectorField('%C&A').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('150');
    await expect(editor.inspector().getByText('%C&A must be between 0 and 100')).toBeVisible();
    await editor.expectMetric('Rolled %C&A', '50 %');

    await editor.expectSaved();
    await page.reload();
    await editor.expectMetric('Lead time', '65 h');
    await expect(editor.mapStep('Approve')).toBeVisible();
  });

  test('the table and the map are two views of one document; pasted rows are checked line by line', async ({
    page,
  }) => {
    const editor = await newMap(page, 'Table editing', /Software delivery pipeline/);
    await editor.expectMetric('Lead time', '57.75 h');
    await editor.expectMetric('Activity ratio', '35.93 %');
    await editor.showView('Table');
    const qa = editor.tableCell('LT of QA');
    await qa.fill('10 h');
    await editor.expectMetric('Lead time', '61.75 h');
    await editor.tableCell('PT of QA').fill('-2');
    await expect(editor.table().getByText('cannot be negative')).toBeVisible();
    await editor.expectMetric('Lead time', '61.75 h');

    await page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste steps' });
    await dialog
      .getByRole('textbox')
      .fill(
        'Name\tRole\tPT\tLT\t%C&A\nSecurity scan\tDevOps Engineer\t1 h\t3 h\t95\nBroken\t\tabc\t1 h\t100\nHand over\tOperation team\t0.5\t1\t100',
      );
    await dialog.getByRole('button', { name: 'Add steps' }).click();
    const report = page.locator('.rows-report');
    await expect(report).toContainText('Added 2 steps.');
    await expect(report).toContainText('Line 3');
    await editor.expectMetric('Steps / handoffs', '10 / 9');

    await editor.showView('Map');
    await expect(editor.mapStep('Security scan')).toBeVisible();
    await editor.expectSaved();
    await page.reload();
    await editor.expectMetric('Steps / handoffs', '10 / 9');
  });

  test('a derived future state shows its deltas against the current state', async ({ page }) => {
    const editor = await newMap(page, 'Future state', /Software delivery pipeline/);
    await page.getByRole('button', { name: 'Derive future state' }).click();
    await expect(editor.stateBadge()).toHaveText('Future state');
    await editor.showView('Table');
    await editor.tableCell('LT of Release approval').fill('1 h');
    await editor.expectMetric('Lead time', '34.5 h');
    await editor.showView('Compare');
    await expect(page.locator('[data-delta="Lead time"]')).toHaveText('−23.25 h');
    await editor.expectSaved();
    await page.reload();
    await editor.showView('Compare');
    await expect(page.locator('[data-delta="Lead time"]')).toHaveText('−23.25 h');
  });

  test('the header says which state the map shows, whole, however long its title; a derived future state is named so', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const title = 'Payments change for merchants and card holders in every region — current state';
    const editor = await newMap(page, 'States', /Software delivery pipeline/, title);
    await expect(editor.stateBadge()).toHaveText('Current state');
    expect(await editor.isWhole(editor.stateBadge())).toBe(true);

    await page.getByRole('button', { name: 'Derive future state' }).click();
    await expect(editor.stateBadge()).toHaveText('Future state');
    expect(await editor.isWhole(editor.stateBadge())).toBe(true);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(title.replace('current state', 'future state'));
    expect(await heading.textContent()).not.toContain('Current state');
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`at ${width}×${height} the map opens in the app's own Inter with every label at 12 px or more, none past its box`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const editor = await newMap(page, 'Projector', /Software delivery pipeline/);
      await expect(editor.mapStep('Development')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('600 13px Inter'))).toBe(true);
      const inter = await page.evaluate(() =>
        [...document.fonts].some(
          (face) => face.family.replace(/["']/g, '') === 'Inter' && face.status === 'loaded',
        ),
      );
      expect(inter).toBe(true);
      const labels = await editor.mapLabelSizes();
      expect(labels.length).toBeGreaterThan(30);
      expect(labels.filter((label) => label.px < 11.99)).toEqual([]);
      expect(await editor.overflowingStepTexts()).toEqual([]);
    });
  }

  test('at 1280×720 the step panel shows names and choices whole, and a kaizen’s whys take several lines', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const editor = await newMap(page, 'Side panel', /Software delivery pipeline/);
    const longName = 'Requirements & design review with the architecture board';
    await editor.selectMapStep('Development');
    await editor.inspectorField('Name').fill(longName);
    await editor.selectMapStep('Code review');
    const from = editor.inspector().getByRole('group', { name: 'Work arrives from' });
    const predecessor = from.getByText(longName, { exact: true });
    await expect(predecessor).toBeVisible();
    expect(await editor.showsTextWhole(predecessor)).toBe(true);
    for (const label of [
      'Information flow to',
      'Information flow kind',
      `Handoff from ${longName}`,
    ])
      expect(await editor.showsChoiceWhole(editor.inspector().getByLabel(label))).toBe(true);

    await editor.showView('Kaizen');
    await page.getByRole('button', { name: /Add kaizen on/ }).click();
    const kaizen = page.getByRole('region', { name: 'Kaizen', exact: true });
    const why = kaizen.getByLabel('Why 1');
    await expect(why).toHaveJSProperty('tagName', 'TEXTAREA');
    await why.fill('The change board meets once a week\nand every change waits for it');
    await expect(why).toHaveValue(
      'The change board meets once a week\nand every change waits for it',
    );
    expect(await editor.showsTextWhole(kaizen)).toBe(true);
  });

  test('on a 1024-pixel projector the table shows every column and figure in full; the title stays readable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const editor = await newMap(page, 'Projector', /Software delivery pipeline/);
    await editor.showView('Table');
    const table = page.locator('.table-scroll');
    await expect(editor.tableCell('LT of Release approval')).toHaveValue('24.25 h');
    // The red marks of the map are named in the table too, not left to colour.
    const approvalWait = table.getByRole('cell', { name: /^Wait of Release approval/ });
    await expect(
      approvalWait.getByRole('img', { name: 'Longest wait in the stream' }),
    ).toBeVisible();
    await expect(table.getByRole('img', { name: 'Lowest %C&A in the stream' })).toHaveCount(1);
    const overflow = await table.evaluate((scroll) => scroll.scrollWidth - scroll.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const cutFigures = await table
      .locator('tbody td:nth-child(n + 4) input')
      .evaluateAll((inputs) =>
        inputs
          .filter((input) => input.scrollWidth > input.clientWidth)
          .map((input) => (input as HTMLInputElement).value),
      );
    expect(cutFigures).toEqual([]);
    // Narrower still, the commands go to a second line rather than cut the title to a letter.
    await page.setViewportSize({ width: 900, height: 768 });
    const title = page.getByRole('heading', { level: 1 });
    await expect.poll(() => title.evaluate((heading) => heading.clientWidth)).toBeGreaterThan(96);
  });
});

test.describe('value stream map flow', () => {
  test('rework adds expected lead time and a connection that would make a cycle is refused', async ({
    page,
  }) => {
    const editor = await newMap(page, 'Flow editing', /Software delivery pipeline/);
    await editor.selectMapStep('QA');
    // The step panel fits its column: no field or step list pushes it wider than the screen.
    const side = page.getByRole('complementary', { name: 'Metrics and selected step' });
    expect(await side.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    await editor
      .inspector()
      .getByLabel('Send rework back to')
      .selectOption({ label: 'Development' });
    await expect(editor.metric('Expected lead time with rework')).toBeVisible();
    await editor.inspector().getByLabel('Information flow to').selectOption({ label: 'Customer' });
    await editor.inspector().getByRole('button', { name: 'Add', exact: true }).click();
    await expect(editor.inspector().getByText('→ Customer (electronic)')).toBeVisible();

    await editor.selectMapStep('Development');
    await editor
      .inspector()
      .getByLabel('Add a predecessor (parallel branch or merge)')
      .selectOption({ label: 'Monitoring' });
    await expect(editor.inspector().getByRole('alert')).toContainText(/loop|cycle/i);
    await editor.expectMetric('Steps / handoffs', '8 / 7');
  });
});

test.describe('value stream map kaizen', () => {
  test('a kaizen moves onto a handoff and is filtered by its PDCA state', async ({ page }) => {
    const editor = await newMap(page, 'Kaizen editing', /Software delivery pipeline/);
    await editor.selectMapStep('Release approval');
    await editor.inspector().getByLabel('Changeover', { exact: true }).fill('15');
    await expect(editor.inspector().getByLabel('Changeover', { exact: true })).toHaveValue('15');
    await editor.showView('Kaizen');
    await page.getByRole('button', { name: 'Add kaizen on “Release approval”' }).click();
    const kaizen = page.getByRole('region', { name: 'Kaizen', exact: true });
    await kaizen.getByLabel('Problem', { exact: true }).fill('Weekly CAB holds every release');
    await kaizen
      .getByLabel('Attached to')
      .selectOption({ label: 'Handoff: QA → Release approval' });
    await kaizen.getByLabel('PDCA').selectOption('do');
    const list = page.getByRole('table', { name: 'Kaizen bursts' });
    await expect(list).toContainText('QA → Release approval');
    await page
      .getByRole('region', { name: 'Kaizen bursts' })
      .getByLabel('PDCA')
      .selectOption('plan');
    await expect(page.getByText('No kaizen matches the filter.')).toBeVisible();
    await page.getByRole('region', { name: 'Kaizen bursts' }).getByLabel('PDCA').selectOption('do');
    await expect(list).toContainText('Weekly CAB holds every release');
  });
});
