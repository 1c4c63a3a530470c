import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from './pages/LibraryPage';
import { MapEditorPage } from './pages/MapEditorPage';

/** A blank map in a new workshop, with the page's errors collected. */
async function blankMap(page: Page, workshop: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const library = new LibraryPage(page);
  await library.open();
  await library.createWorkshop({ title: workshop });
  await page.getByRole('button', { name: 'New value stream map' }).click();
  const dialog = page.getByRole('dialog', { name: 'New value stream map' });
  await dialog.getByRole('radio', { name: /Blank map/ }).check();
  await dialog.getByRole('button', { name: 'Create map' }).click();
  const editor = new MapEditorPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { editor, errors };
}

test.describe('editing a map as a coach does', () => {
  test('deleting, adding and moving steps undo and redo, by button and keyboard', async ({
    page,
  }) => {
    const { editor, errors } = await blankMap(page, 'Undo of structure');
    await editor.addSteps(['Step 1', 'Step 2', 'Step 3']);
    await editor.expectFlow(['Step 1', 'Step 2', 'Step 3']);

    await editor.mapStep('Step 2').click();
    await editor.toolbarButton('Delete step').click();
    await editor.expectFlow(['Step 1', 'Step 3']);
    await page.keyboard.press('Control+z');
    await editor.expectFlow(['Step 1', 'Step 2', 'Step 3']);
    await page.keyboard.press('Control+Shift+z');
    await editor.expectFlow(['Step 1', 'Step 3']);
    await editor.undoButton().click();
    await editor.expectFlow(['Step 1', 'Step 2', 'Step 3']);

    await editor.mapStep('Step 1').click();
    await editor.toolbarButton('Add step').click();
    await expect(editor.inspectorField('Name')).toBeFocused();
    await page.keyboard.type('Review');
    await editor.expectFlow(['Step 1', 'Review', 'Step 2', 'Step 3']);
    await editor.undoButton().click();
    await editor.expectFlow(['Step 1', 'Step 4', 'Step 2', 'Step 3']);
    await editor.undoButton().click();
    await editor.expectFlow(['Step 1', 'Step 2', 'Step 3']);

    await editor.mapStep('Step 2').click();
    await editor.toolbarButton('Move step later').click();
    await editor.expectFlow(['Step 1', 'Step 3', 'Step 2']);
    await editor.undoButton().click();
    await editor.expectFlow(['Step 1', 'Step 2', 'Step 3']);
    await editor.redoButton().click();
    await editor.expectFlow(['Step 1', 'Step 3', 'Step 2']);

    // Everything undone: the button says so instead of doing nothing.
    for (let undo = 0; undo < 8; undo++) await page.keyboard.press('Control+z');
    await expect(page.getByRole('heading', { name: 'No steps yet' })).toBeVisible();
    await expect(editor.undoButton()).toBeDisabled();
    expect(errors).toEqual([]);
  });

  test('a process time typed before the wait is kept, and the wait typed after it adds to it', async ({
    page,
  }) => {
    const { editor } = await blankMap(page, 'Field order');
    await editor.addSteps(['Code review']);
    await editor.typeInto('Process time', '2');
    await editor.typeInto('Wait', '16');
    await expect(editor.inspectorField('Lead time')).toHaveValue('18');
    await expect(editor.inspectorField('Process time')).toHaveValue('2');
    await editor.expectMetric('Lead time', '18 h');
    await editor.expectMetric('Process time', '2 h');

    // Now the wait was typed: a new process time keeps it.
    await editor.typeInto('Process time', '4');
    await expect(editor.inspectorField('Wait')).toHaveValue('16');
    await editor.expectMetric('Lead time', '20 h');
    await expect(
      editor.inspector().getByText('Lead time = process time + the wait you typed.'),
    ).toBeVisible();
  });

  test('a unit chosen after typing applies to the number typed: 3 min of wait become 3 days', async ({
    page,
  }) => {
    const { editor } = await blankMap(page, 'Units');
    await editor.addSteps(['Approval']);
    await editor.inspectorField('Process time unit').selectOption('minutes');
    await editor.typeInto('Wait', '3');
    await editor.inspectorField('Wait unit').selectOption('days');
    await expect(editor.inspectorField('Wait')).toHaveValue('3');
    await editor.expectMetric('Lead time', '24 h');
  });

  test('Alt+→ on a step of the map moves it one place', async ({ page }) => {
    const { editor } = await blankMap(page, 'Keyboard move');
    await editor.addSteps(['Plan', 'Build', 'Test', 'Deploy']);
    await editor.mapStep('Plan').click();
    await editor.mapStep('Plan').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await editor.expectFlow(['Build', 'Plan', 'Test', 'Deploy']);
    await page.keyboard.press('Alt+ArrowLeft');
    await editor.expectFlow(['Plan', 'Build', 'Test', 'Deploy']);
  });

  test('a refused table cell says it was not stored and shows what is', async ({ page }) => {
    const { editor } = await blankMap(page, 'Table refusals');
    await editor.addSteps(['QA']);
    await editor.typeInto('Process time', '2');
    await editor.showView('Table');
    const cell = editor.tableCell('PT of QA');
    await cell.fill('-2');
    await expect(
      editor.table().getByText('Not stored: Process time cannot be negative'),
    ).toBeVisible();
    await cell.press('Tab');
    await expect(cell).toHaveValue('2 h');
    await expect(
      editor.table().getByText('Not stored: “-2” — Process time cannot be negative'),
    ).toBeVisible();
    await editor.expectMetric('Process time', '2 h');

    // Typing the wait, then the process time, keeps the wait typed.
    await editor.tableCell('Wait of QA').fill('8 h');
    await editor.tableCell('PT of QA').fill('3 h');
    await expect(editor.tableCell('Wait of QA')).toHaveValue('8 h');
    await editor.expectMetric('Lead time', '11 h');
  });

  test('focus is never dropped to the page: after creating, deleting and undoing', async ({
    page,
  }) => {
    const focusIsOnThePage = () => page.evaluate(() => document.activeElement === document.body);
    const { editor } = await blankMap(page, 'Keyboard focus');
    expect(await focusIsOnThePage()).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    await editor.addSteps(['Only step']);
    await editor.toolbarButton('Delete step').click();
    await expect(page.getByRole('heading', { name: 'No steps yet' })).toBeVisible();
    await expect(editor.toolbarButton('Add step')).toBeFocused();

    // Add, name, delete: three undo steps, each from the button.
    for (let undo = 0; undo < 3; undo++) await editor.undoButton().click();
    await expect(editor.undoButton()).toBeDisabled();
    await expect(editor.redoButton()).toBeFocused();
    for (let redo = 0; redo < 3; redo++) await editor.redoButton().click();
    await expect(editor.redoButton()).toBeDisabled();
    await expect(editor.undoButton()).toBeFocused();
  });
});
