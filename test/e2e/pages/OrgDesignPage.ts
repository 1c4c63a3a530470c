import { expect, type Locator, type Page } from '@playwright/test';

export type OrgView =
  | 'Team chart'
  | 'Matrix'
  | 'People'
  | 'Responsibility'
  | 'Compare'
  | 'Recommendation'
  | 'Value stream'
  | 'Details';

/** The organisation design editor, as a coach uses it. */
export class OrgDesignPage {
  constructor(readonly page: Page) {}

  /** From the workshop's home, starts a design; ends in its editor. */
  async create(
    title: string,
    start: 'Flat DevOps team' | 'Matrix organisation' | 'Empty design',
    firstScenario?: 'Matrix' | 'Flat team',
  ): Promise<void> {
    await this.page.getByRole('button', { name: 'New organisation design' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New organisation design' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('radio', { name: new RegExp(`^${start}`) }).check();
    if (firstScenario) {
      await dialog
        .getByLabel('First scenario')
        .selectOption(firstScenario === 'Matrix' ? 'matrix' : 'flat');
    }
    await dialog.getByRole('button', { name: 'Create design' }).click();
    await this.expectTitle(title);
  }

  async expectTitle(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(title) }),
    ).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText('All changes saved');
  }

  async showView(view: OrgView): Promise<void> {
    await this.page.getByRole('tab', { name: view, exact: true }).click();
    await expect(this.page.getByRole('tab', { name: view, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  /** Adds pools or services on the Details view, named as given. */
  async addNamed(kind: 'pool' | 'service', names: string[]): Promise<void> {
    await this.showView('Details');
    const section = this.page.getByRole('region', {
      name: kind === 'pool' ? 'Functional pools' : 'Services',
    });
    for (const name of names) {
      await section
        .getByRole('button', { name: kind === 'pool' ? 'Add pool' : 'Add service' })
        .click();
      const inputs = section.getByRole('textbox');
      await inputs.last().fill(name);
      await inputs.last().blur();
    }
    for (const name of names) {
      await expect(section.getByLabel(`Name of ${name}`, { exact: true })).toHaveValue(name);
    }
  }

  /** Pastes spreadsheet rows into the people or placements table. */
  async pasteRows(table: 'People of the design' | RegExp, rows: string): Promise<void> {
    await this.showView('People');
    await this.page.getByRole('button', { name: 'Paste rows from a spreadsheet…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Paste rows' });
    await dialog.getByRole('radio', { name: table }).check();
    await dialog.getByLabel('Rows copied from a spreadsheet').fill(rows);
    await dialog.getByRole('button', { name: 'Add rows' }).click();
  }

  rowsReport(): Locator {
    return this.page.locator('.org-rows-report');
  }

  async newScenario(name: string, structure: 'Matrix' | 'Flat team'): Promise<void> {
    await this.page.getByRole('button', { name: 'New scenario…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New scenario' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('radio', { name: new RegExp(`^${structure}`) }).check();
    await dialog.getByRole('button', { name: 'Add scenario' }).click();
    await expect(this.scenarioSelect()).toHaveValue(/.+/);
    await expect(this.scenarioSelect().locator('option:checked')).toContainText(name);
  }

  scenarioSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Scenario', exact: true });
  }

  async chooseScenario(name: string): Promise<void> {
    const option = this.scenarioSelect().locator('option', { hasText: name });
    await this.scenarioSelect().selectOption(await option.getAttribute('value'));
  }

  /** The chips of one person on the chart (one per placement). */
  chips(name: string): Locator {
    return this.page.locator(`.org-chart .org-chip[aria-label^="${name},"]`);
  }

  /** A matrix cell's focus target, by pool and service ("Development, Payments"). */
  cell(pool: string, service: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${pool}, ${service}:`) });
  }

  /** The chips placed in a matrix cell. */
  chipsInCell(pool: string, service: string): Locator {
    return this.page
      .locator('.org-cell')
      .filter({ has: this.cell(pool, service) })
      .locator('.org-chip');
  }

  checks(): Locator {
    return this.page.locator('.org-checks');
  }

  check(reason: RegExp): Locator {
    return this.checks().getByRole('button', { name: reason });
  }

  inspector(): Locator {
    return this.page.locator('.org-inspector');
  }
}
