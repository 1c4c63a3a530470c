import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startHub, type Hub } from '../../main/hub/startHub';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopHomePage } from './pages/WorkshopHomePage';
import { hostOnHub, joinFromLink } from './syncSteps';

test.describe('documents on the workshop home', () => {
  test('a coach renames, duplicates, deletes and restores a map, and a reload shows the same', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Payments change' });
    const home = new WorkshopHomePage(page);
    await home.newMap('Current state', /Software delivery pipeline/);
    await page.getByRole('link', { name: '← Workshop' }).click();
    await expect(home.documentSummary('Current state')).toHaveText(
      'Value stream map · Current state · 8 steps',
    );

    await home.renameDocument('Current state', 'Payments — as is');
    await expect(home.documentLink('Payments — as is')).toBeFocused();
    await expect(page.getByRole('status')).toContainText(
      'Renamed “Current state” to “Payments — as is”.',
    );

    await home.duplicateDocument('Payments — as is');
    await expect(home.documentLink('Payments — as is (copy)')).toBeFocused();
    expect(await home.documentTitles()).toEqual(['Payments — as is', 'Payments — as is (copy)']);
    await expect(home.documentSummary('Payments — as is (copy)')).toHaveText(
      'Value stream map · Current state · 8 steps',
    );

    await home.deleteDocument('Payments — as is');
    await expect(home.documentLink('Payments — as is (copy)')).toBeFocused();
    await home.undoFromMessage();
    await expect(home.documentLink('Payments — as is')).toBeFocused();
    expect(await home.documentTitles()).toEqual(['Payments — as is', 'Payments — as is (copy)']);
    await home.expectSaved();

    await page.reload();
    expect(await home.documentTitles()).toEqual(['Payments — as is', 'Payments — as is (copy)']);

    // Deleted, and the window closed before the message expired: final at the next start.
    const copyAddress = await home.documentLink('Payments — as is (copy)').getAttribute('href');
    await home.deleteDocument('Payments — as is (copy)');
    await expect(home.documentLink('Payments — as is')).toBeFocused();
    await home.expectSaved();
    await page.reload();
    expect(await home.documentTitles()).toEqual(['Payments — as is']);
    await expect(home.documentSummary('Payments — as is')).toHaveText(
      'Value stream map · Current state · 8 steps',
    );
    // The copy itself has left this laptop's storage.
    await expect(async () => {
      await page.goto(`./${copyAddress}`);
      await page.reload();
      await expect(
        page.getByRole('heading', { name: 'This document cannot be opened' }),
      ).toBeVisible({ timeout: 3000 });
    }).toPass();
    await page.getByRole('link', { name: 'Back to the workshop' }).click();
    await home.documentLink('Payments — as is').click();
    await expect(page.getByRole('heading', { level: 1, name: /Payments — as is/ })).toBeVisible();
    await page.getByRole('link', { name: '← Workshop' }).click();
    await home.backToLibrary();
    await expect(library.row('Payments change')).toContainText('1 document');
  });

  test.describe('with two laptops joined through a hub', () => {
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

    test('a rename, a copy, a deletion and its undo on one show on the other', async ({
      browser,
    }) => {
      test.setTimeout(90_000);
      const { host } = await hostOnHub(browser, hub, 'Room documents');
      const bob = await joinFromLink(browser, `${hub.url}/#/join/${hub.joinCode}`, 'Bob');
      const annasHome = new WorkshopHomePage(host);
      const bobsHome = new WorkshopHomePage(bob);
      await expect.poll(() => bobsHome.documentTitles()).toEqual(['Current state']);

      await annasHome.renameDocument('Current state', 'As is');
      await expect.poll(() => bobsHome.documentTitles()).toEqual(['As is']);

      await annasHome.duplicateDocument('As is');
      await expect.poll(() => bobsHome.documentTitles()).toEqual(['As is', 'As is (copy)']);
      await expect(bobsHome.documentSummary('As is (copy)')).toHaveText(
        'Value stream map · Current state · 8 steps',
      );

      await annasHome.deleteDocument('As is');
      await expect.poll(() => bobsHome.documentTitles()).toEqual(['As is (copy)']);
      await annasHome.undoFromMessage();
      await expect.poll(() => bobsHome.documentTitles()).toEqual(['As is', 'As is (copy)']);
    });
  });
});
