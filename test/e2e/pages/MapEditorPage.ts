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

  /** The badge in the header that says which state the map shows. */
  stateBadge(): Locator {
    return this.page.locator('.topbar .state-badge');
  }

  /** Whether the element is drawn whole: not cut by its own box nor by its heading's. */
  async isWhole(element: Locator): Promise<boolean> {
    return element.evaluate((node) => {
      const box = node.getBoundingClientRect();
      const heading = node.closest('h1')!.getBoundingClientRect();
      return (
        node.scrollWidth <= node.clientWidth &&
        box.left >= heading.left - 0.5 &&
        box.right <= heading.right + 0.5
      );
    });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText('All changes saved');
  }
}
