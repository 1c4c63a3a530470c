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

  toolbarButton(label: string): Locator {
    return this.page.locator('.vsm-toolbar').getByRole('button', { name: label, exact: true });
  }

  undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  redoButton(): Locator {
    return this.page.getByRole('button', { name: 'Redo', exact: true });
  }

  /** Adds steps one after another with Alt+N, naming each in the inspector. */
  async addSteps(names: string[]): Promise<void> {
    for (const name of names) {
      await this.page.keyboard.press('Alt+n');
      await expect(this.inspectorField('Name')).toBeFocused();
      await this.page.keyboard.press('Control+a');
      await this.page.keyboard.type(name);
    }
  }

  /** Replaces what an inspector field holds by typing, as a person would. */
  async typeInto(label: string, text: string): Promise<void> {
    const field = this.inspectorField(label);
    await field.focus();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
    await field.blur();
  }

  /** The steps in flow order, read from the table (then back to the map). */
  async expectFlow(names: string[]): Promise<void> {
    await this.showView('Table');
    const nameInputs = this.table().locator('tbody tr td:nth-child(2) input');
    await expect
      .poll(() =>
        nameInputs.evaluateAll((inputs) =>
          inputs.map((input) => (input as HTMLInputElement).value),
        ),
      )
      .toEqual(names);
    await this.showView('Map');
  }
}
