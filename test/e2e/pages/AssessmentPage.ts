import { expect, type Locator, type Page } from '@playwright/test';

export type AssessmentView = 'Answer' | 'Facilitate' | 'Result' | 'Rounds' | 'Details';

/** How a respondent answers one question: an option's opening words, a level, a percentage. */
export type GivenAnswer = string | number;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The implementation-type assessment, as respondents and the facilitator use it. */
export class AssessmentPage {
  constructor(readonly page: Page) {}

  /** From the workshop's home: a new assessment under `title`; ends in its editor. */
  static async create(page: Page, title: string): Promise<AssessmentPage> {
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Create assessment' }).click();
    const assessment = new AssessmentPage(page);
    await assessment.expectOpen(title);
    return assessment;
  }

  /** From the workshop's home: opens the assessment listed as `title`. */
  static async open(page: Page, title: string): Promise<AssessmentPage> {
    await page.getByRole('link', { name: title, exact: true }).click();
    const assessment = new AssessmentPage(page);
    await assessment.expectOpen(title);
    return assessment;
  }

  async expectOpen(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: new RegExp(title) }),
    ).toBeVisible();
    await expect(this.page.getByRole('tab', { name: 'Answer' })).toBeVisible();
  }

  async showView(view: AssessmentView): Promise<void> {
    await this.page.getByRole('tab', { name: view, exact: true }).click();
    await expect(this.page.getByRole('tab', { name: view, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  }

  toolbarButton(label: string | RegExp): Locator {
    return this.page.locator('.assessment-toolbar').getByRole('button', { name: label });
  }

  /** "Who is answering?": a new respondent; ends on the questionnaire. */
  async startAnswering(respondent: {
    name?: string;
    identity?: 'By name' | 'Under an alias' | 'Anonymously';
    roleGroup?: 'Business' | 'Development' | 'Operations' | 'Management';
  }): Promise<void> {
    const picker = this.page.getByRole('region', { name: 'Who is answering?' });
    await picker
      .getByRole('radio', { name: new RegExp(`^${respondent.identity ?? 'By name'}`) })
      .check();
    if (respondent.name !== undefined) {
      await picker.getByRole('textbox', { name: /^Your (name|alias)$/ }).fill(respondent.name);
    }
    if (respondent.roleGroup) {
      await picker.getByRole('radio', { name: respondent.roleGroup, exact: true }).check();
    }
    await picker.getByRole('button', { name: 'Start answering' }).click();
    await expect(this.page.locator('.answer-progress')).toBeVisible();
  }

  /** The question titled `title` ("Size", "RPO and RTO known"), as its radio group. */
  question(title: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^\\d+\\. ${escape(title)}\\b`) });
  }

  /**
   * Answers questions by title: a fit option or a DORA step by its opening words, a maturity
   * level by its number, a DORA rate by its percentage.
   */
  async answer(answers: Record<string, GivenAnswer>): Promise<void> {
    for (const [title, value] of Object.entries(answers)) {
      const question = this.question(title);
      const percent = question.getByRole('textbox');
      if (await percent.count()) {
        await percent.fill(String(value));
        await percent.blur();
        continue;
      }
      const radio =
        typeof value === 'number'
          ? question.getByRole('radio', { name: String(value), exact: true })
          : question.getByRole('radio', { name: new RegExp(`^${escape(value)}`) });
      await radio.check();
      await expect(radio).toBeChecked();
    }
  }

  /** "12 of 31 answered". */
  progress(): Locator {
    return this.page.locator('.answer-progress span');
  }

  async nextRespondent(): Promise<void> {
    await this.toolbarButton('Next respondent').click();
    await expect(this.page.getByRole('heading', { name: 'Who is answering?' })).toBeVisible();
  }

  async reveal(): Promise<void> {
    await this.toolbarButton('Reveal answers').click();
    await expect(this.toolbarButton('Hide answers')).toBeVisible();
  }

  /** The facilitator's card for an item. */
  itemCard(title: string): Locator {
    return this.page.locator('article.item-card').filter({
      has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
    });
  }

  /** The item cards' titles in the order shown. */
  async itemTitles(): Promise<string[]> {
    return this.page.locator('article.item-card h3').allTextContents();
  }

  async recordAgreed(title: string, value: string): Promise<void> {
    await this.itemCard(title)
      .getByLabel(`Agreed value for ${title}`)
      .selectOption({ label: value });
    await expect(this.itemCard(title).locator('.agreed-flag')).toHaveText(`Agreed: ${value}`);
  }

  async chooseRound(label: string): Promise<void> {
    await this.page.locator('.round-select select').selectOption({ label });
  }

  async startRound(label?: string): Promise<void> {
    await this.showView('Rounds');
    await this.toolbarButton('Start a new round…').click();
    const dialog = this.page.getByRole('dialog', { name: 'Start a new round' });
    if (label !== undefined) await dialog.getByLabel('Name of the round').fill(label);
    await dialog.getByRole('button', { name: 'Start round' }).click();
    await expect(dialog).toBeHidden();
  }

  /** "Recommended: Collaboration, 7 points ahead of the runner-up, Toyota way." */
  resultHeadline(): Locator {
    return this.page.locator('.result-headline');
  }

  radar(name: string | RegExp): Locator {
    return this.page.getByRole('img', { name });
  }

  /** A row of a comparison table in the Rounds view, by its first cell. */
  comparisonRow(caption: RegExp, rowTitle: string): Locator {
    return this.page
      .getByRole('table', { name: caption })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: rowTitle, exact: true }) });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.locator('.save-status')).toHaveText('All changes saved');
  }
}
