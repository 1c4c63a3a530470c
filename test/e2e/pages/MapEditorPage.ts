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

  /**
   * Selects a step on the map as a coach does: clicks it, after Fit if the map opened on
   * another part of the stream.
   */
  async selectMapStep(name: string): Promise<void> {
    const step = this.mapStep(name);
    const onCanvas = await step.evaluate((box) => {
      const canvas = box.closest('svg')!.getBoundingClientRect();
      const bounds = box.getBoundingClientRect();
      return bounds.left >= canvas.left && bounds.right <= canvas.right;
    });
    if (!onCanvas) await this.page.getByRole('button', { name: 'Fit' }).click();
    await step.click();
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

  /** Every label drawn on the map, with its size on screen in CSS pixels. */
  async mapLabelSizes(): Promise<{ text: string; px: number }[]> {
    return this.page.locator('svg.vsm-map-svg text').evaluateAll((texts) =>
      texts
        .filter((text) => getComputedStyle(text).display !== 'none' && text.textContent)
        .map((text) => ({
          text: text.textContent ?? '',
          px:
            parseFloat(getComputedStyle(text).fontSize) *
            (text as SVGTextElement).getScreenCTM()!.a,
        })),
    );
  }

  /** Texts of the map's process boxes that run past their box's edges. */
  async overflowingStepTexts(): Promise<string[]> {
    return this.page.locator('svg.vsm-map-svg [data-step-id]').evaluateAll((boxes) =>
      boxes.flatMap((box) => {
        const frame = box.querySelector('.vsm-map-process')!.getBoundingClientRect();
        return [...box.querySelectorAll(':scope > text, .vsm-map-data-row text')]
          .filter((text) => {
            const bounds = text.getBoundingClientRect();
            return bounds.left < frame.left - 0.5 || bounds.right > frame.right + 0.5;
          })
          .map((text) => text.textContent ?? '');
      }),
    );
  }

  /** Whether an element shows its text whole, neither cut nor ellipsized. */
  async showsTextWhole(element: Locator): Promise<boolean> {
    return element.evaluate((node) => node.scrollWidth <= node.clientWidth);
  }

  /** Whether a select is wide enough for its chosen option: text, padding and arrow. */
  async showsChoiceWhole(select: Locator): Promise<boolean> {
    return select.evaluate((node) => {
      const element = node as HTMLSelectElement;
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(element.selectedOptions[0]?.text ?? '').width;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      const arrow = 16;
      return text + padding + arrow <= element.clientWidth;
    });
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
    const nameInputs = this.table().locator('tbody tr td:nth-child(2) textarea');
    await expect
      .poll(() =>
        nameInputs.evaluateAll((inputs) =>
          inputs.map((input) => (input as HTMLTextAreaElement).value),
        ),
      )
      .toEqual(names);
    await this.showView('Map');
  }
}
