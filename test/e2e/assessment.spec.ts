import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startHub, type Hub } from '../../main/hub/startHub';
import { expectAccessible } from './axe';
import { AssessmentPage, type GivenAnswer } from './pages/AssessmentPage';
import { compact, PrintPage } from './pages/PrintPage';
import { WorkshopHomePage } from './pages/WorkshopHomePage';
import { joinFromLink, joinOnPage } from './syncSteps';

const RENDERER = path.resolve('dist/renderer');
const TITLE = 'Acme DevOps assessment';

/** Everyone agrees on the organisation: Collaboration fits. */
const FIT: Record<string, GivenAnswer> = {
  'Business model': 'It is an enterprise',
  'How strategic IT is': 'IT services support the business',
  'Number of services': 'Two to five',
  Size: '11 to 50',
  'Who leads the service': 'A Service Master who owns',
  'Speed or continuity': 'Both',
  'IT and business strategy': 'Aligned',
};

/**
 * The coach's laptop: a workshop with an assessment created in a fresh browser context on the
 * hub's app, hosted by `hub` and joined as Anna; ends in the assessment's editor.
 */
async function hostAssessment(browser: Browser, hub: Hub): Promise<AssessmentPage> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${hub.url}/#/`);
  await page.getByRole('button', { name: 'New workshop' }).click();
  await page.getByLabel('Title (required)').fill('Acme kick-off');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await AssessmentPage.create(page, TITLE);
  const workshopUrl = decodeURIComponent(/#\/workshop\/([^/]+)/.exec(page.url())![1]!);
  hub.addWorkshop(workshopUrl as never);
  await joinOnPage(page, `${hub.url}/#/join/${hub.joinCode}`, 'Anna');
  return AssessmentPage.open(page, TITLE);
}

/** A participant with only a browser: joins from the link and opens the assessment. */
async function participant(browser: Browser, hub: Hub, name: string): Promise<AssessmentPage> {
  const page = await joinFromLink(browser, `${hub.url}/#/join/${hub.joinCode}`, name);
  return AssessmentPage.open(page, TITLE);
}

function urlsOf(page: Page): { workshopUrl: string; documentUrl: string } {
  const parts = new URL(page.url()).hash.split('/').map(decodeURIComponent);
  return { workshopUrl: parts[2]!, documentUrl: parts[4]! };
}

test.describe('implementation-type assessment in the room', () => {
  let hub: Hub;

  test.beforeEach(async () => {
    hub = await startHub({ rendererRoot: RENDERER, host: '127.0.0.1', hostName: 'Coach laptop' });
  });

  test.afterEach(async () => {
    await hub.close();
  });

  test('three respondents answer, two through the hub; the facilitator reveals, agrees, compares rounds, and the report holds the result', async ({
    browser,
  }) => {
    // Three browsers, a hub and a PDF on a 2-core machine.
    test.setTimeout(300_000);
    const coach = await hostAssessment(browser, hub);
    const bob = await participant(browser, hub, 'Bob');
    const chen = await participant(browser, hub, 'Chen');

    // Bob answers on his own laptop, under his joined name, for development.
    await bob.startAnswering({ roleGroup: 'Development' });
    await expect(bob.page.getByText('Answering as Bob for Development')).toBeVisible();
    await expectAccessible(bob.page, 'the respondent view');
    await bob.answer({
      ...FIT,
      'Stabilised velocity': 4,
      'One single deployment pipeline': 4,
      'RPO and RTO known': 1,
      'Visual control': 2,
      'Lead time for changes': 'One week to one month',
      'Change fail rate': 15,
    });
    await expect(bob.progress()).toHaveText('13 of 31 answered');

    // Chen answers under an alias, for operations; an answer off DORA's scale is refused.
    await chen.startAnswering({
      identity: 'Under an alias',
      name: 'Ops lead',
      roleGroup: 'Operations',
    });
    await chen.answer({
      ...FIT,
      'Stabilised velocity': 3,
      'RPO and RTO known': 5,
      'Visual control': 3,
    });
    await chen.question('Change fail rate').getByRole('textbox').fill('140');
    await expect(chen.question('Change fail rate')).toContainText(
      '“Change fail rate” takes a percentage from 0 to 100; 140 is not on that scale. Nothing was changed.',
    );
    await chen.answer({ 'Change fail rate': 30 });
    await expect(chen.progress()).toHaveText('11 of 31 answered');

    // Dana answers on the coach's laptop, from the keyboard, then hands it back.
    await coach.startAnswering({ name: 'Dana', roleGroup: 'Business' });
    await coach.answer(FIT);
    const velocity = coach.question('Stabilised velocity');
    await velocity.getByRole('radio', { name: '2', exact: true }).check();
    await coach.page.keyboard.press('ArrowRight');
    await expect(velocity.getByRole('radio', { name: '3', exact: true })).toBeChecked();
    await coach.page.keyboard.press('Delete');
    await expect(velocity.getByRole('radio', { checked: true })).toHaveCount(0);
    await coach.page.keyboard.press('ArrowRight');
    await coach.answer({ 'RPO and RTO known': 3, 'Visual control': 2 });
    await expect(coach.progress()).toHaveText('10 of 31 answered');
    await coach.nextRespondent();
    await expect(coach.page.getByText('Answering as Dana')).toHaveCount(0);

    // Hidden until revealed: the facilitator sees how far each got, not what they said.
    await coach.showView('Facilitate');
    const progress = coach.page.getByRole('list', { name: 'Progress per respondent' });
    await expect(progress.getByText('Bob')).toBeVisible();
    await expect(progress.getByText('Ops lead')).toBeVisible();
    await expect(coach.page.getByText('3 respondents have started')).toBeVisible();
    await expect(coach.page.locator('article.item-card')).toHaveCount(0);
    await coach.reveal();
    await expectAccessible(coach.page, 'the facilitator view');

    // The most divided item comes first, flagged, with the role groups' views.
    expect((await coach.itemTitles())[0]).toBe('RPO and RTO known');
    const rpo = coach.itemCard('RPO and RTO known');
    await expect(rpo.locator('.divided-flag')).toHaveText('Divided');
    await expect(rpo).toContainText('Development sees 1');
    await expect(rpo).toContainText('Operations sees 5');
    await coach.recordAgreed('RPO and RTO known', '2');

    // The result: partial, Collaboration, the radar, the gaps and DORA's caution.
    await coach.showView('Result');
    await expect(coach.resultHeadline()).toContainText('Recommended: Collaboration');
    await expect(coach.page.locator('.result-partial-banner')).toContainText('Partial result');
    await expect(coach.radar('Pillar maturity of the room')).toBeVisible();
    await expect(coach.page.getByText(/Next step:/).first()).toBeVisible();
    await expect(coach.page.locator('.dora-caution').first()).toContainText('not a ranking');
    // Bob, on his own laptop, now sees the round is out in the open.
    await expect(
      bob.page.getByText('The facilitator has revealed this round’s answers'),
    ).toBeVisible();

    // A quarter later: round 2, answered by Bob and Chen; visual control improved.
    await coach.startRound();
    await expect(bob.progress()).toHaveText('0 of 31 answered');
    await bob.answer({ ...FIT, 'Visual control': 4, 'RPO and RTO known': 2 });
    await chen.answer({ 'Visual control': 4, 'RPO and RTO known': 4 });
    await expect(chen.progress()).toHaveText('2 of 31 answered');
    await coach.showView('Facilitate');
    await expect(coach.page.getByText('2 respondents have started')).toBeVisible();
    await coach.reveal();
    await coach.showView('Rounds');
    await expect(
      coach.comparisonRow(/^Each item, Round 1 against Round 2/, 'Visual control'),
    ).toContainText('Better');
    await expect(coach.comparisonRow(/^Rounds$/, 'Round 2')).toContainText('Collaboration');
    await expect(coach.radar('Pillar maturity by round (means)')).toBeVisible();
    await expectAccessible(coach.page, 'the rounds view');

    // Reload: everything is still there, the agreed value beside the answers.
    await coach.expectSaved();
    await coach.page.reload();
    await coach.expectOpen(TITLE);
    await coach.showView('Facilitate');
    await coach.chooseRound('Round 1');
    await expect(coach.itemCard('RPO and RTO known').locator('.agreed-flag')).toHaveText(
      'Agreed: 2',
    );
    await expect(coach.itemCard('RPO and RTO known')).toContainText('1: Bob');
    await coach.showView('Rounds');
    await expect(
      coach.comparisonRow(/^Each item, Round 1 against Round 2/, 'Visual control'),
    ).toContainText('Better');

    // The workshop lists it with its round and respondents.
    await coach.page.getByRole('link', { name: '← Workshop' }).click();
    const home = new WorkshopHomePage(coach.page);
    await expect(home.documentSummary(TITLE)).toContainText('Assessment · Round 2 · 2 respondents');

    // The report: the recommendation and the pillar figures, as Chromium prints it.
    await AssessmentPage.open(coach.page, TITLE);
    const { workshopUrl, documentUrl } = urlsOf(coach.page);
    const print = new PrintPage(coach.page);
    // On the hub's origin, whose storage holds the workshop.
    await coach.page.goto(
      `${hub.url}/#/print/workshop/${workshopUrl}/doc/${documentUrl}?size=A4&orientation=portrait`,
    );
    await print.expectReady();
    const pdf = await print.savePdf();
    const text = compact(pdf.text);
    for (const expected of [
      'Recommended: Collaboration',
      'Pillar maturity',
      'Disciplined Agile',
      'IT service management',
      'Where the room disagreed',
      'Rounds over time',
      'not a ranking',
    ]) {
      expect(text, `the PDF shows “${expected}”`).toContain(compact(expected));
    }
    // Round 2's room: RPO/RTO 2 and 4 → median 3; visual control 4.
    expect(pdf.text).toMatch(/TPS \/ Lean\s+foundation\s+4\s+4/);
  });
});
