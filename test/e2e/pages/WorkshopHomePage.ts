import { expect, type Page } from '@playwright/test';

/** A workshop's home: its details and documents. */
export class WorkshopHomePage {
  constructor(readonly page: Page) {}

  async expectTitle(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  field(label: 'Title' | 'Client' | 'Date' | 'Facilitator') {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Waits until every edit is written to this device's storage. */
  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText('All changes saved');
  }

  async backToLibrary(): Promise<void> {
    await this.page.getByRole('link', { name: '← Workshops' }).click();
  }
}
