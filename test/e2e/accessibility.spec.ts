import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { LibraryPage } from './pages/LibraryPage';
import { MapEditorPage } from './pages/MapEditorPage';
import { WorkshopHomePage } from './pages/WorkshopHomePage';

test.describe('accessibility (axe: no critical or serious violation)', () => {
  test('the library, a workshop home, every tab of the map editor and the report', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expectAccessible(page, 'the empty library');
    await page.getByRole('button', { name: 'New workshop' }).click();
    await expectAccessible(page, 'the New workshop dialog');
    await page.keyboard.press('Escape');
    await library.createWorkshop({ title: 'Payments change', client: 'Northwind Bank' });
    const home = new WorkshopHomePage(page);
    await expectAccessible(page, 'an empty workshop home');

    await page.getByRole('button', { name: 'New value stream map' }).click();
    await expectAccessible(page, 'the New value stream map dialog');
    await page.keyboard.press('Escape');
    await home.newMap('Current state', /Software delivery pipeline/);
    const editor = new MapEditorPage(page);
    await expectAccessible(page, 'the map');
    await editor.mapStep('Code review').click();
    await expectAccessible(page, 'the map with a step selected');
    const exportToggle = page.getByRole('button', { name: 'Export', exact: true });
    await exportToggle.click();
    await expect(exportToggle).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page, 'the Export menu');
    await page.keyboard.press('Escape');
    await expect(exportToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(exportToggle).toBeFocused();
    for (const view of ['Table', 'Kaizen', 'Details'] as const) {
      await editor.showView(view);
      await expectAccessible(page, `the ${view} tab`);
    }
    await editor.showView('Kaizen');
    await page
      .getByRole('button', { name: /Add kaizen/ })
      .first()
      .click();
    await expectAccessible(page, 'the Kaizen tab with a kaizen');

    await page.getByRole('button', { name: 'Derive future state' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /future state/i })).toBeVisible();
    await editor.showView('Compare');
    await expectAccessible(page, 'the Compare tab');

    await page.getByRole('link', { name: '← Workshop' }).click();
    await home.expectTitle('Payments change');
    await expect(home.documentList().locator('.artefact-title[aria-busy]')).toHaveCount(0);
    await expectAccessible(page, 'a workshop home with two maps');

    await library.open();
    await expectAccessible(page, 'the library with a workshop');
    await page.goto('./#/join');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'the Join dialog');
  });
});
