import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { crc32 } from '../../shared/file/crc32';
import { LibraryPage } from './pages/LibraryPage';
import { WorkshopHomePage } from './pages/WorkshopHomePage';

test.describe('workshop library', () => {
  test('a created and renamed workshop survives a reload', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Value stream kick-off', client: 'ACME Bank' });
    await new WorkshopHomePage(page).backToLibrary();
    await library.rename('Value stream kick-off', 'ACME — current state mapping');
    await page.reload();
    await library.open();
    expect(await library.titles()).toEqual(['ACME — current state mapping']);
    await expect(library.row('ACME — current state mapping')).toContainText('ACME Bank');
  });

  test('edits on the workshop home persist across a reload and undo with Ctrl+Z', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Obeya board walk' });
    const home = new WorkshopHomePage(page);
    await home.field('Client').fill('Globex');
    await home.field('Facilitator').fill('Anna');
    await home.expectSaved();
    await page.reload();
    await expect(home.field('Client')).toHaveValue('Globex');
    await expect(home.field('Facilitator')).toHaveValue('Anna');
    await home.field('Title').fill('');
    await expect(page.getByText('The title cannot be empty')).toBeVisible();
    await home.expectSaved();
    await page.reload();
    await home.expectTitle('Obeya board walk');
    await home.field('Client').fill('Initech');
    await page.keyboard.press('Control+z');
    await expect(home.field('Client')).toHaveValue('Globex');
    await page.keyboard.press('Control+Shift+z');
    await expect(home.field('Client')).toHaveValue('Initech');
  });

  test('export, delete and import bring the workshop back identical', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Round trip', client: 'Umbrella', facilitator: 'Kenji' });
    await new WorkshopHomePage(page).backToLibrary();
    const download = await library.exportWorkshop('Round trip');
    expect(download.suggestedFilename()).toBe('Round trip.obeya');
    const bytes = await readFile((await download.path())!);
    const before = await library.row('Round trip').locator('.workshop-meta').first().textContent();

    await library.deleteWorkshop('Round trip');
    await library.importFile({ name: 'Round trip.obeya', buffer: bytes });
    await expect(page.getByRole('status')).toContainText('Imported the workshop "Round trip"');
    await expect(library.row('Round trip')).toHaveCount(1);
    expect(await library.row('Round trip').locator('.workshop-meta').first().textContent()).toBe(
      before,
    );

    await library.importFile({ name: 'Round trip.obeya', buffer: bytes });
    await expect(page.getByRole('status')).toContainText('Merged');
    await expect(library.row('Round trip')).toHaveCount(1);
  });

  test('a refused file tells the coach what is wrong and that nothing changed, the detail behind a disclosure', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Untouched' });
    await new WorkshopHomePage(page).backToLibrary();
    const download = await library.exportWorkshop('Untouched');
    const bytes = await readFile((await download.path())!);
    const titlesBefore = await library.titles();

    // A header that fails its schema, with a checksum that fits: the validator's words stay
    // behind "Details for support".
    const noDate = withHeaderEdited(bytes, (header) => delete header.exportedAt);
    await library.importFile({ name: 'bad-header.obeya', buffer: noDate });
    const refusal = library.refusal('bad-header.obeya');
    await expect(refusal.message).toHaveText(
      'Could not import "bad-header.obeya": the file is damaged, so Obeya cannot read it. Nothing was changed. Ask whoever sent it to export it again.',
    );
    await expect(refusal.details).toBeHidden();
    await refusal.showDetails();
    await expect(refusal.details).toHaveText(
      'bad-header: header: exportedAt: Invalid input: expected string, received undefined',
    );

    const corrupted = Buffer.from(bytes);
    corrupted.writeUInt8(corrupted.readUInt8(corrupted.length - 10) ^ 0xff, corrupted.length - 10);
    await library.importFile({ name: 'damaged.obeya', buffer: corrupted });
    await expect(library.refusal('damaged.obeya').message).toContainText(
      'the file is damaged, so Obeya cannot read it. Nothing was changed.',
    );

    await library.importFile({ name: 'half.obeya', buffer: bytes.subarray(0, bytes.length >> 1) });
    await expect(library.refusal('half.obeya').message).toContainText(
      'the file is incomplete, probably cut off while it was copied or downloaded. Nothing was changed.',
    );

    await library.importFile({ name: 'notes.obeya', buffer: Buffer.from('just some text') });
    await expect(library.refusal('notes.obeya').message).toContainText(
      'it is not an Obeya workshop file. Nothing was changed.',
    );

    expect(await library.titles()).toEqual(titlesBefore);
  });

  test('a workshop can be created with the keyboard alone', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await page.keyboard.press('Tab');
    let guard = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.textContent === 'New workshop')) &&
      guard++ < 10
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.keyboard.type('Keyboard only');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hooli');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Keyboard only', level: 1 })).toBeVisible();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await new WorkshopHomePage(page).backToLibrary();
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(library.row('Keyboard only')).toContainText('Hooli');
  });

  test('deleting can be undone from the message', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Keep me' });
    await new WorkshopHomePage(page).backToLibrary();
    await library.deleteWorkshop('Keep me');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(library.row('Keep me')).toHaveCount(1);
  });

  test('the library shows without the document engine; screens that need it say when it fails', async ({
    page,
    context,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.createWorkshop({ title: 'Engine check' });
    await new WorkshopHomePage(page).backToLibrary();

    // Automerge's wasm cannot be fetched (the page's and the compiler worker's requests alike).
    await context.route('**/*.wasm', (route) => route.abort());
    await page.reload();
    await library.open();
    expect(await library.titles()).toEqual(['Engine check']);
    await page.getByRole('button', { name: 'Duplicate Engine check' }).click();
    await expect(library.alert()).toContainText(
      'Could not duplicate "Engine check": The document engine did not load',
    );
    expect(await library.titles()).toEqual(['Engine check']);
    await page.getByRole('link', { name: 'Engine check' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Obeya could not load its document engine' }),
    ).toBeVisible();

    await context.unroute('**/*.wasm');
    await page.reload();
    await new WorkshopHomePage(page).expectTitle('Engine check');
  });
});

/** A `.obeya` file with its header JSON edited, and length and checksum made to fit. */
function withHeaderEdited(file: Buffer, edit: (header: Record<string, unknown>) => void): Buffer {
  const headerLength = file.readUInt32BE(10);
  const header = JSON.parse(file.subarray(18, 18 + headerLength).toString('utf8'));
  edit(header);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.concat([file.subarray(0, 18), headerBytes, file.subarray(18 + headerLength)]);
  out.writeUInt32BE(headerBytes.length, 10);
  out.writeUInt32BE(crc32(out.subarray(18)), 14);
  return out;
}
