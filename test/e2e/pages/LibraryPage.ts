import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The workshop library, as a coach sees it. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByRole('heading', { name: 'Workshops', level: 1 })).toBeVisible();
    await expect(this.page.locator('main.library')).toHaveAttribute('aria-busy', 'false');
  }

  rows(): Locator {
    return this.page.getByRole('list', { name: 'Workshops' }).getByRole('listitem');
  }

  row(title: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async titles(): Promise<string[]> {
    if ((await this.page.getByRole('list', { name: 'Workshops' }).count()) === 0) return [];
    return this.rows().locator('.workshop-title').allTextContents();
  }

  async createWorkshop(details: {
    title: string;
    client?: string;
    facilitator?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'New workshop' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByLabel('Title (required)').fill(details.title);
    if (details.client !== undefined) await dialog.getByLabel('Client').fill(details.client);
    if (details.facilitator !== undefined)
      await dialog.getByLabel('Facilitator').fill(details.facilitator);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect(this.page.getByRole('heading', { name: details.title, level: 1 })).toBeVisible();
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${title}` }).click();
    const input = this.page.getByLabel('New title');
    await input.fill(newTitle);
    await input.press('Enter');
    await expect(this.row(newTitle)).toBeVisible();
  }

  async exportWorkshop(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Export ${title}` }).click();
    return download;
  }

  async deleteWorkshop(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${title}` }).click();
    await expect(this.row(title)).toHaveCount(0);
  }

  async importFile(file: { name: string; buffer: Buffer } | string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import .obeya…' }).click();
    await (
      await chooser
    ).setFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer },
    );
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** The message refusing the import of `fileName`, and the detail for support behind it. */
  refusal(fileName: string) {
    const notice = this.alert()
      .locator('.notice')
      .filter({ hasText: `Could not import "${fileName}"` });
    return {
      message: notice.locator('.notice-message'),
      details: notice.locator('.notice-details-text'),
      showDetails: () => notice.getByText('Details for support').click(),
    };
  }
}
