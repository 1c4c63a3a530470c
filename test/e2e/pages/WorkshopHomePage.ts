import { expect, type Locator, type Page } from '@playwright/test';

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

  /** Creates a value stream map from a template; ends in its editor. */
  async newMap(title: string, template: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'New value stream map' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New value stream map' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('radio', { name: template }).check();
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(title) }),
    ).toBeVisible();
  }

  documentList(): Locator {
    return this.page.getByRole('list', { name: 'Documents' });
  }

  /** The documents' titles in their order, once each is loaded. */
  async documentTitles(): Promise<string[]> {
    await expect(this.page.getByRole('heading', { name: 'Documents', level: 2 })).toBeVisible();
    if ((await this.documentList().count()) === 0) return [];
    await expect(this.documentList().locator('.artefact-title[aria-busy]')).toHaveCount(0);
    return this.documentList().locator('.artefact-title').allTextContents();
  }

  document(title: string): Locator {
    return this.documentList()
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  documentLink(title: string): Locator {
    return this.documentList().getByRole('link', { name: title, exact: true });
  }

  /** What the row says the document is: "Value stream map · Current state · 8 steps". */
  documentSummary(title: string): Locator {
    return this.document(title).locator('.artefact-meta');
  }

  /** Renames from the keyboard, as a coach without a mouse would. */
  async renameDocument(title: string, newTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: `Rename ${title}`, exact: true }).focus();
    await this.page.keyboard.press('Enter');
    const input = this.page.getByLabel(`New title for ${title}`, { exact: true });
    await expect(input).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(newTitle);
    await this.page.keyboard.press('Enter');
  }

  async duplicateDocument(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Duplicate ${title}`, exact: true }).click();
  }

  async deleteDocument(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete ${title}`, exact: true }).click();
    await expect(this.documentLink(title)).toHaveCount(0);
  }

  /** The Undo of the latest message (a deletion, a rename). */
  async undoFromMessage(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).last().click();
  }
}
