import { expect, type Locator, type Page } from '@playwright/test';

/** The value stream map editor, as a coach uses it. */
export class MapEditorPage {
  constructor(readonly page: Page) {}

  metric(label: string): Locator {
    return this.page.locator(`.metric-value[data-metric="${label}"]`);
  }

  async expectMetric(label: string, value: string): Promise<void> {
    await expect(this.metric(label)).toHaveText(value);
  }

  inspector(): Locator {
    return this.page.getByRole('region', { name: 'Step' });
  }

  inspectorField(label: string): Locator {
    return this.inspector().getByLabel(label, { exact: true });
  }

  async showView(name: 'Map' | 'Table' | 'Kaizen' | 'Compare' | 'Details'): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Steps' });
  }

  tableCell(label: string): Locator {
    return this.table().getByLabel(label, { exact: true });
  }

  mapStep(name: string): Locator {
    return this.page.locator('svg [role="button"]').filter({ hasText: name }).first();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText('All changes saved');
  }
}
